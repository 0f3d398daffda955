package org.captchaee.impl.provider;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.impl.config.ConfigReader;
import org.eclipse.microprofile.config.Config;

/**
 * The base of a provider's settings reader: it reads the keys under one prefix, collects every problem with its key
 * and fix, and fails once with all of them. A provider's reader reads its own keys with {@link #reader()} and the
 * shared ones (endpoint, timeout, outbound proxy) with the methods here, then returns {@link #finish}.
 */
public abstract class ProviderSettingsReader {

    private final String prefix;
    private final List<String> problems = new ArrayList<>();
    private final ConfigReader reader;

    /**
     * Creates the reader.
     *
     * @param prefix the prefix of the provider's keys, such as {@code captcha.tencent.}
     * @param config the application's configuration
     */
    protected ProviderSettingsReader(String prefix, Config config) {
        this.prefix = prefix;
        this.reader = new ConfigReader(config, problems::add);
    }

    /**
     * A key of the provider.
     *
     * @param name the key's name under the prefix
     * @return the whole key
     */
    protected final String key(String name) {
        return prefix + name;
    }

    /**
     * Reads and validates values, recording problems.
     *
     * @return the reader
     */
    protected final ConfigReader reader() {
        return reader;
    }

    /**
     * Records a problem.
     *
     * @param problem what is wrong, naming the key and the fix
     */
    protected final void problem(String problem) {
        problems.add(problem);
    }

    /**
     * The provider's {@code endpoint}: an http(s) URL.
     *
     * @param defaultEndpoint the provider's own
     * @param examples what the fix suggests
     * @return the endpoint
     */
    protected final URI endpoint(URI defaultEndpoint, String examples) {
        return reader.httpUrl(key("endpoint"), defaultEndpoint, examples);
    }

    /**
     * The Fault Tolerance timeout of a guarded call, which the HTTP client's own timeouts follow.
     *
     * @param client the Fault Tolerance client
     * @param method the guarded method
     * @param declaredMillis the milliseconds its {@code @Timeout} declares, for servers without the Fault Tolerance API
     * @return the timeout
     */
    protected final Duration timeout(Class<?> client, String method, long declaredMillis) {
        return FaultToleranceTimeout.of(reader, client, method, declaredMillis);
    }

    /**
     * The outbound proxy of the provider's calls.
     *
     * @param endpoint the endpoint the calls go to
     * @return the proxy settings
     */
    protected final OutboundProxy proxy(URI endpoint) {
        return new OutboundProxyReader(reader, problems::add).read(prefix, endpoint);
    }

    /**
     * The settings read, unless a problem was found.
     *
     * @param settings the settings
     * @param <S> their type
     * @return the settings
     * @throws CaptchaDefinitionException naming every problem found
     */
    protected final <S> S finish(S settings) {
        if (!problems.isEmpty()) {
            throw new CaptchaDefinitionException(String.join(" ", problems));
        }
        return settings;
    }
}
