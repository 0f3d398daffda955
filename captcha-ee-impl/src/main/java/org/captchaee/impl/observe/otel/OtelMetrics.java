package org.captchaee.impl.observe.otel;

import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.captchaee.impl.observe.GuardSignals;
import org.captchaee.impl.observe.MeterSink;
import org.captchaee.impl.observe.MetricsBackend;
import org.captchaee.impl.observe.MetricsPublisher;
import org.captchaee.impl.runtime.RuntimeRegistry;

import io.opentelemetry.api.OpenTelemetry;

/**
 * Publishes captcha-ee's metrics through the application's {@link OpenTelemetry} (MicroProfile Telemetry 2.x), under
 * the instrumentation scope {@value #SCOPE}. Not a discovered bean: the CDI extension adds it only where the
 * OpenTelemetry API is visible, so this class is never loaded on a server without it.
 */
@Singleton
public class OtelMetrics extends MetricsPublisher {

    /** The instrumentation scope of the meter. */
    public static final String SCOPE = "org.captchaee";

    private final Instance<OpenTelemetry> telemetry;

    /**
     * Creates the publisher.
     *
     * @param telemetry the application's OpenTelemetry, looked up when the application starts
     * @param signals the guard's signals
     * @param registry holds the runtime resolved at deployment
     */
    @Inject
    public OtelMetrics(Instance<OpenTelemetry> telemetry, GuardSignals signals, RuntimeRegistry registry) {
        super(MetricsBackend.OTEL, signals, registry);
        this.telemetry = telemetry;
    }

    @Override
    protected Optional<MeterSink> connect() {
        return telemetry.isResolvable()
                ? Optional.of(new OtelSink(telemetry.get().getMeter(SCOPE)))
                : Optional.empty();
    }
}
