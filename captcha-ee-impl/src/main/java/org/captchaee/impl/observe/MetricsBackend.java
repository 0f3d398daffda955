package org.captchaee.impl.observe;

import java.util.Locale;
import java.util.Optional;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigProblems;
import org.captchaee.impl.config.ConfigValues;
import org.captchaee.impl.platform.ClassPresence;
import org.eclipse.microprofile.config.Config;

/**
 * A metrics API captcha-ee can publish through, as SmallRye Fault Tolerance chooses its own: a backend is used where
 * its API class loads and {@code captcha.metrics.<backend>.enabled} is not {@code false}.
 */
public enum MetricsBackend {
    /** OpenTelemetry metrics (MicroProfile Telemetry 2.x). */
    OTEL("otel", "OpenTelemetry", "io.opentelemetry.api.metrics.Meter"),
    /** MicroProfile Metrics 5.x. */
    MP("mp", "MicroProfile Metrics", "org.eclipse.microprofile.metrics.MetricRegistry"),
    /** Micrometer. */
    MICROMETER("micrometer", "Micrometer", "io.micrometer.core.instrument.MeterRegistry");

    private final String key;
    private final String displayName;
    private final String marker;

    MetricsBackend(String key, String displayName, String marker) {
        this.key = key;
        this.displayName = displayName;
        this.marker = marker;
    }

    /**
     * The key that turns this backend off.
     *
     * @return {@code captcha.metrics.<backend>.enabled}
     */
    public String enabledKey() {
        return ConfigKeys.metricsEnabled(key);
    }

    /**
     * The backend's name for people.
     *
     * @return a name such as {@code OpenTelemetry}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Whether captcha-ee publishes through this backend.
     *
     * @param config the application's configuration
     * @param loader the class loader of the library, which must see the API
     * @return {@code true} unless the backend is turned off or its API is not visible
     */
    public boolean isActive(Config config, ClassLoader loader) {
        return !enabled(config).filter(Boolean.FALSE::equals).isPresent() && loads(loader);
    }

    /**
     * Records a problem when the enabled key is neither {@code true} nor {@code false}.
     *
     * @param config the application's configuration
     * @param problems where problems go
     */
    public void check(Config config, ConfigProblems problems) {
        ConfigValues.text(config, enabledKey())
                .filter(value -> enabled(value).isEmpty())
                .ifPresent(value -> problems.invalid(
                        enabledKey(), value, "true (the default: publish where the API is visible) or false"));
    }

    private Optional<Boolean> enabled(Config config) {
        return ConfigValues.text(config, enabledKey()).flatMap(MetricsBackend::enabled);
    }

    private static Optional<Boolean> enabled(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    private boolean loads(ClassLoader loader) {
        return ClassPresence.loads(marker, loader);
    }
}
