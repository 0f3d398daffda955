package org.captchaee.impl.setup;

import java.util.Locale;
import java.util.Optional;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigReader;
import org.captchaee.impl.platform.ClassPresence;
import org.captchaee.impl.runtime.HealthSettings;

/** Reads the {@link HealthSettings} before discovery, and tells whether the server offers MicroProfile Health. */
public final class HealthSettingsReader {

    private HealthSettingsReader() {}

    /** A class of the MicroProfile Health API: the checks exist only where it loads. */
    static final String HEALTH_API_MARKER = "org.eclipse.microprofile.health.HealthCheck";

    private static final String BOOLEANS = "true, false";

    /**
     * Reads the switches.
     *
     * @param numbers reads and validates the values, recording problems
     * @param loader the class loader of the library, which sees the server's APIs
     * @return the settings
     */
    public static HealthSettings read(ConfigReader numbers, ClassLoader loader) {
        boolean wanted = numbers.choice(ConfigKeys.HEALTH_ENABLED, true, HealthSettingsReader::parse, BOOLEANS);
        boolean downOnOutage =
                numbers.choice(ConfigKeys.HEALTH_DOWN_ON_OUTAGE, false, HealthSettingsReader::parse, BOOLEANS);
        return new HealthSettings(wanted && healthApiPresent(loader), downOnOutage);
    }

    /**
     * Whether the server offers MicroProfile Health to the application.
     *
     * @param loader the class loader of the library
     * @return {@code true} when the API's {@code HealthCheck} loads
     */
    static boolean healthApiPresent(ClassLoader loader) {
        return ClassPresence.loads(HEALTH_API_MARKER, loader);
    }

    private static Optional<Boolean> parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
