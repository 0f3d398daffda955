package org.captchaee.impl.config;

import java.util.Optional;

import org.eclipse.microprofile.config.Config;

/** Reads configuration values the way every key of the library is read: trimmed, and blank meaning not set. */
public final class ConfigValues {

    private ConfigValues() {}

    /**
     * A text value.
     *
     * @param config the configuration
     * @param key the key
     * @return the trimmed value, empty when the key is missing or blank
     */
    public static Optional<String> text(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(value -> !value.isEmpty());
    }
}
