package org.captchaee.impl.provider;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigReader;

/**
 * Reads the outbound proxy of one provider: {@code captcha.<name>.http.proxy} and
 * {@code captcha.<name>.http.non-proxy-hosts}, each falling back to its global key {@code captcha.http.proxy} /
 * {@code captcha.http.non-proxy-hosts}. A proxy is {@code http://host:port} or {@code http://user:password@host:port}
 * (user and password percent-decoded); {@code none} means direct. No problem message ever repeats a proxy value, since it
 * may hold the password.
 */
public final class OutboundProxyReader {

    private static final String FORM = "Use http://host:port or http://user:password@host:port (percent-encode @ : / %"
            + " in the user and password as %40 %3A %2F %25), or none for no proxy.";

    private final ConfigReader reader;
    private final Consumer<String> problems;
    private final Predicate<String> basicDisabled;

    /**
     * Creates a reader that checks the JVM's own proxy authentication settings.
     *
     * @param reader reads the keys
     * @param problems told each error, in a message that names the key and the fix
     */
    public OutboundProxyReader(ConfigReader reader, Consumer<String> problems) {
        this(reader, problems, BasicProxyAuthentication::disabled);
    }

    /**
     * Creates a reader.
     *
     * @param reader reads the keys
     * @param problems told each error
     * @param basicDisabled whether the JVM drops Basic proxy credentials, by the name of its setting
     */
    OutboundProxyReader(ConfigReader reader, Consumer<String> problems, Predicate<String> basicDisabled) {
        this.reader = reader;
        this.problems = problems;
        this.basicDisabled = basicDisabled;
    }

    /**
     * Reads one provider's proxy.
     *
     * @param prefix the provider's key prefix, for example {@code captcha.tencent.}
     * @param endpoint the provider's endpoint, to check that the proxy can be given credentials for it
     * @return the proxy setting (the JVM's proxy settings when no key is set, or when a value is invalid)
     */
    public OutboundProxy read(String prefix, URI endpoint) {
        String ownKey = prefix + "http.proxy";
        String proxyKey = reader.text(ownKey).isPresent() ? ownKey : ConfigKeys.HTTP_PROXY;
        Optional<String> value = reader.text(proxyKey);
        String ownListKey = prefix + "http.non-proxy-hosts";
        String listKey = reader.text(ownListKey).isPresent() ? ownListKey : ConfigKeys.HTTP_NON_PROXY_HOSTS;
        Optional<NonProxyHosts> list = reader.text(listKey).map(text -> nonProxyHosts(listKey, text));
        if (value.isEmpty() || value.get().equalsIgnoreCase("none")) {
            boolean globalProxyUsesIt =
                    listKey.equals(ConfigKeys.HTTP_NON_PROXY_HOSTS) && isProxy(reader.text(ConfigKeys.HTTP_PROXY));
            if (list.isPresent() && !globalProxyUsesIt) {
                problems.accept(listKey + " is set, but no proxy of " + ownKey + " or " + ConfigKeys.HTTP_PROXY
                        + " uses it. Fix: set"
                        + " the proxy, or remove the list (the JVM's own proxy follows http.nonProxyHosts).");
            }
            return value.isEmpty() ? OutboundProxy.jvmSettings() : OutboundProxy.direct(proxyKey);
        }
        return proxy(proxyKey, value.get(), list.orElse(NonProxyHosts.NONE))
                .filter(proxy -> credentialsReachTheProxy(proxy, endpoint))
                .orElse(OutboundProxy.jvmSettings());
    }

    private Optional<OutboundProxy> proxy(String key, String text, NonProxyHosts nonProxyHosts) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return invalid(key, "it is not a URL.");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            return invalid(
                    key,
                    "the JDK's HTTP client speaks plain HTTP to a proxy (calls to https endpoints stay"
                            + " encrypted end to end through the proxy's CONNECT tunnel).");
        }
        if (uri.getHost() == null || uri.getPort() < 1) {
            return invalid(key, "name the proxy's host and port, such as http://proxy.example.com:3128.");
        }
        boolean onlyAuthority = (uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath()))
                && uri.getRawQuery() == null
                && uri.getRawFragment() == null;
        if (!onlyAuthority) {
            return invalid(key, "give only the scheme, user, password, host and port.");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null) {
            return Optional.of(
                    OutboundProxy.via(key, uri.getHost(), uri.getPort(), Optional.empty(), "", nonProxyHosts));
        }
        int colon = userInfo.indexOf(':');
        if (colon < 1) {
            return invalid(key, "give both the user and the password, as user:password@.");
        }
        String user = decoded(userInfo.substring(0, colon));
        if (user.contains(":")) {
            return invalid(key, "a user name with a colon cannot be sent with Basic authentication.");
        }
        String password = decoded(userInfo.substring(colon + 1));
        return Optional.of(
                OutboundProxy.via(key, uri.getHost(), uri.getPort(), Optional.of(user), password, nonProxyHosts));
    }

    /** The JDK drops Basic credentials where its JVM-wide settings say so; the proxy would then refuse every call. */
    private boolean credentialsReachTheProxy(OutboundProxy proxy, URI endpoint) {
        if (!proxy.authenticates() || !proxy.routes(endpoint)) {
            return true;
        }
        boolean tunnel = "https".equalsIgnoreCase(endpoint.getScheme());
        String setting = tunnel ? BasicProxyAuthentication.TUNNELING : BasicProxyAuthentication.PROXYING;
        if (!basicDisabled.test(setting)) {
            return true;
        }
        problems.accept(proxy.key() + " gives the proxy a user and password, but this JVM never sends Basic proxy"
                + " credentials" + (tunnel ? " for https calls (their CONNECT)" : " to a proxy") + ": " + setting
                + " lists Basic"
                + (tunnel ? " (the JDK's default)" : "") + ", so the proxy would refuse every call to "
                + endpoint.getHost()
                + ". Fix: let this server through the proxy without credentials (for example by its"
                + " address) and remove the user and password from the key, or start the JVM with -D" + setting
                + "= (this allows Basic proxy credentials for every HTTP client of the JVM).");
        return false;
    }

    private Optional<OutboundProxy> invalid(String key, String why) {
        problems.accept(key + " is invalid: " + why + " " + FORM);
        return Optional.empty();
    }

    private NonProxyHosts nonProxyHosts(String key, String text) {
        return NonProxyHosts.parse(text).orElseGet(() -> {
            problems.accept(key + "=" + text + " is invalid: list host names or IP addresses separated by commas,"
                    + " *.example.com for every host under example.com, such as internal.example.com, *.corp.example.");
            return NonProxyHosts.NONE;
        });
    }

    private static boolean isProxy(Optional<String> value) {
        return value.isPresent() && !value.get().equalsIgnoreCase("none");
    }

    private static String decoded(String part) {
        // URLDecoder reads '+' as a space, which a URL's user information does not
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
