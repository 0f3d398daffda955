package org.captchaee.impl.testing;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.microprofile.config.Config;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Real MicroProfile Config instances (SmallRye Config) built from key-value pairs. */
public final class TestConfigs {

    private TestConfigs() {}

    /**
     * A configuration of keys and values.
     *
     * @param keysAndValues a key, then its value, and so on
     * @return the configuration
     */
    public static Config of(String... keysAndValues) {
        return of(properties(keysAndValues));
    }

    /**
     * Keys and values as a map the test may still change.
     *
     * @param keysAndValues a key, then its value, and so on
     * @return the map
     */
    public static Map<String, String> properties(String... keysAndValues) {
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    /**
     * A configuration of keys and values.
     *
     * @param properties the keys and their values
     * @return the configuration
     */
    public static Config of(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
    }
}
