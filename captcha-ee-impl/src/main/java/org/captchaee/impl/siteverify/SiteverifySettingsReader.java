package org.captchaee.impl.siteverify;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.captchaee.impl.config.ConfigReader;
import org.captchaee.impl.provider.ProviderSettingsReader;
import org.eclipse.microprofile.config.Config;

/**
 * Reads {@code captcha.<name>.*} of one siteverify provider, failing with one message that names every missing or
 * invalid key and its fix.
 */
final class SiteverifySettingsReader extends ProviderSettingsReader {

    static final double DEFAULT_MIN_SCORE = 0.5;

    private static final Pattern HOSTNAME = Pattern.compile("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?");

    private final SiteverifyDialect dialect;

    SiteverifySettingsReader(SiteverifyDialect dialect, Config config) {
        super(dialect.key(""), config);
        this.dialect = dialect;
    }

    SiteverifySettings read() {
        ConfigReader reader = reader();
        URI endpoint = endpoint(dialect.defaultEndpoint(), dialect.endpointExamples());
        return finish(new SiteverifySettings(
                dialect,
                reader.required(key("secret"), "the secret key of your " + dialect.provider() + " site"),
                endpoint,
                hostnames(),
                sitekey(),
                dialect.scored() ? reader.decimal(key("min-score"), 0, 1, DEFAULT_MIN_SCORE) : DEFAULT_MIN_SCORE,
                dialect.scored() ? reader.text(key("action")) : Optional.empty(),
                timeout(SiteverifyClient.class, dialect.verifierName(), SiteverifyClient.TIMEOUT_MILLIS),
                proxy(endpoint)));
    }

    private Optional<String> sitekey() {
        if (!dialect.sendsSitekey()) {
            return Optional.empty();
        }
        return Optional.of(reader().required(
                        key("sitekey"),
                        "the site key of your hCaptcha site (the secret is the account's: without the site key, captchas of"
                                + " your other sites would pass)"));
    }

    private Set<String> hostnames() {
        String key = key("hostnames");
        Optional<String> value = reader().text(key);
        Set<String> hostnames = new LinkedHashSet<>();
        for (String name : value.map(text -> text.split(",")).orElse(new String[0])) {
            String hostname = name.trim().toLowerCase(Locale.ROOT);
            if (!HOSTNAME.matcher(hostname).matches()) {
                problem(key + "=" + value.get() + " is invalid: list host names separated by commas, without"
                        + " scheme, port or path, such as shop.example.com, www.shop.example.com (empty: any).");
                return Set.of();
            }
            hostnames.add(hostname);
        }
        return Collections.unmodifiableSet(hostnames);
    }
}
