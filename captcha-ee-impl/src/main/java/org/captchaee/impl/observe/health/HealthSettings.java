package org.captchaee.impl.observe.health;

import java.util.Locale;
import java.util.Optional;

import org.captchaee.impl.config.ConfigReader;

/**
 * The switches of the readiness checks, read once when the application deploys. This class never touches the
 * MicroProfile Health API, so that the extension can use it on a server without it.
 *
 * @param enabled whether the checks are registered: the server offers MicroProfile Health and
 *     {@value #ENABLED} is not {@code false}
 * @param downOnOutage {@value #DOWN_ON_OUTAGE}: whether a verifier whose provider is down makes readiness DOWN
 */
public record HealthSettings(boolean enabled, boolean downOnOutage) {

    /** Registers the readiness checks unless {@code false}; default {@code true}. */
    public static final String ENABLED = "captcha.health.enabled";

    /** Reports a verifier in outage (or with its circuit open), or a store that cannot answer, as DOWN; default off. */
    public static final String DOWN_ON_OUTAGE = "captcha.health.down-on-outage";

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
        boolean wanted = numbers.choice(ENABLED, true, HealthSettings::parse, BOOLEANS);
        boolean downOnOutage = numbers.choice(DOWN_ON_OUTAGE, false, HealthSettings::parse, BOOLEANS);
        return new HealthSettings(wanted && healthApiPresent(loader), downOnOutage);
    }

    /**
     * Whether the server offers MicroProfile Health to the application.
     *
     * @param loader the class loader of the library
     * @return {@code true} when the API's {@code HealthCheck} loads
     */
    static boolean healthApiPresent(ClassLoader loader) {
        try {
            Class.forName(HEALTH_API_MARKER, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    private static Optional<Boolean> parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
