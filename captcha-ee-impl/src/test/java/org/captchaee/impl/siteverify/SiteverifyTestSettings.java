package org.captchaee.impl.siteverify;

import java.util.HashMap;
import java.util.Map;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.siteverify.stub.SiteverifyStub;
import org.captchaee.impl.testing.TestConfigs;
import org.eclipse.microprofile.config.Config;

/** Configurations and settings aimed at a stub. */
final class SiteverifyTestSettings {

    private SiteverifyTestSettings() {}

    /** The stub's dialect of a provider. */
    static SiteverifyStub.Dialect stubDialect(SiteverifyDialect dialect) {
        return SiteverifyStub.Dialect.valueOf(dialect.name());
    }

    /** The keys that point every provider at the stub, with its secrets, host name and site key. */
    static Map<String, String> forStub(SiteverifyStub stub) {
        Map<String, String> values = new HashMap<>();
        for (SiteverifyDialect dialect : SiteverifyDialect.values()) {
            values.put(dialect.key("secret"), stubDialect(dialect).secret());
            values.put(dialect.key("endpoint"), stub.url(stubDialect(dialect)));
            values.put(dialect.key("hostnames"), SiteverifyStub.HOSTNAME);
        }
        values.put(ConfigKeys.HCAPTCHA_SITEKEY, SiteverifyStub.HCAPTCHA_SITEKEY);
        return values;
    }

    static Config config(Map<String, String> values) {
        return TestConfigs.of(values);
    }

    static SiteverifySettings settings(SiteverifyDialect dialect, Map<String, String> values) {
        return new SiteverifySettingsReader(dialect, config(values)).read();
    }
}
