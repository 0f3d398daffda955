package org.captchaee.impl.observe;

import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What one metrics backend (OpenTelemetry, MicroProfile Metrics, Micrometer) does for {@link MetricsPublisher}: the
 * three ways captcha-ee measures, each for an {@link Instrument} of the matching {@link Instrument.Kind}.
 */
public interface MeterSink {

    /**
     * Adds one to a counter.
     *
     * @param instrument a {@link Instrument.Kind#COUNTER}
     * @param labels its labels, named as {@link Instrument#labelNames()}
     */
    void count(Instrument instrument, Map<String, String> labels);

    /**
     * Records one duration.
     *
     * @param instrument a {@link Instrument.Kind#DURATION}
     * @param labels its labels
     * @param duration the duration
     */
    void record(Instrument instrument, Map<String, String> labels, Duration duration);

    /**
     * Registers a gauge read when the metrics are collected.
     *
     * @param instrument a {@link Instrument.Kind#GAUGE}
     * @param series the value of each set of labels
     */
    void gauge(Instrument instrument, Map<Map<String, String>, LongSupplier> series);
}
