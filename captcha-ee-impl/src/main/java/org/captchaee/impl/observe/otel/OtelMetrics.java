package org.captchaee.impl.observe.otel;

import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.captchaee.impl.CaptchaExtension;
import org.captchaee.impl.observe.GuardSignals;
import org.captchaee.impl.observe.MeterSink;
import org.captchaee.impl.observe.MetricsBackend;
import org.captchaee.impl.observe.MetricsPublisher;

import io.opentelemetry.api.OpenTelemetry;

/**
 * Publishes captcha-ee's metrics through the application's {@link OpenTelemetry} (MicroProfile Telemetry 2.x), under
 * the instrumentation scope {@value #SCOPE}. Not a discovered bean: {@link CaptchaExtension} adds it only where the
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
     * @param extension the extension, for the verifiers in use
     */
    @Inject
    public OtelMetrics(Instance<OpenTelemetry> telemetry, GuardSignals signals, CaptchaExtension extension) {
        super(MetricsBackend.OTEL, signals, extension);
        this.telemetry = telemetry;
    }

    @Override
    protected Optional<MeterSink> connect() {
        return telemetry.isResolvable()
                ? Optional.of(new OtelSink(telemetry.get().getMeter(SCOPE)))
                : Optional.empty();
    }
}
