package org.captchaee.impl.observe.otel;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.captchaee.impl.observe.Instrument;
import org.captchaee.impl.observe.MeterSink;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;

/** The {@link Instrument}s on an OpenTelemetry {@link Meter}, built once. */
final class OtelSink implements MeterSink {

    /** The buckets OpenTelemetry's semantic conventions give HTTP durations in seconds. */
    private static final List<Double> SECONDS_BUCKETS =
            List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

    private static final double NANOS_PER_SECOND = 1e9;

    private final Meter meter;
    private final Map<Instrument, LongCounter> counters = new EnumMap<>(Instrument.class);
    private final Map<Instrument, DoubleHistogram> histograms = new EnumMap<>(Instrument.class);
    /** The attributes of each label set: the publisher hands over the same few label maps again and again. */
    private final Map<Map<String, String>, Attributes> attributes = new ConcurrentHashMap<>();

    OtelSink(Meter meter) {
        this.meter = meter;
        for (Instrument instrument : Instrument.values()) {
            switch (instrument.kind()) {
                case COUNTER -> counters.put(instrument, counter(instrument));
                case DURATION -> histograms.put(instrument, histogram(instrument));
                default -> {
                    // gauges are registered with their callback
                }
            }
        }
    }

    @Override
    public void count(Instrument instrument, Map<String, String> labels) {
        counters.get(instrument).add(1, attributes.computeIfAbsent(labels, OtelSink::attributes));
    }

    @Override
    public void record(Instrument instrument, Map<String, String> labels, Duration duration) {
        histograms
                .get(instrument)
                .record(
                        duration.toNanos() / NANOS_PER_SECOND,
                        attributes.computeIfAbsent(labels, OtelSink::attributes));
    }

    @Override
    public void gauge(Instrument instrument, Map<Map<String, String>, LongSupplier> series) {
        meter.gaugeBuilder(instrument.metricName())
                .setDescription(instrument.description())
                .setUnit(instrument.unit())
                .ofLongs()
                .buildWithCallback(measurement ->
                        series.forEach((labels, value) -> measurement.record(value.getAsLong(), attributes(labels))));
    }

    private LongCounter counter(Instrument instrument) {
        return meter.counterBuilder(instrument.metricName())
                .setDescription(instrument.description())
                .setUnit(instrument.unit())
                .build();
    }

    private DoubleHistogram histogram(Instrument instrument) {
        DoubleHistogramBuilder builder = meter.histogramBuilder(instrument.metricName())
                .setDescription(instrument.description())
                .setUnit(instrument.unit());
        return withSecondsBuckets(builder).build();
    }

    // the advice came with API 1.32; an older copy of a server's own (Payara 6 ships 1.29) keeps the SDK's buckets
    private static DoubleHistogramBuilder withSecondsBuckets(DoubleHistogramBuilder builder) {
        try {
            return builder.setExplicitBucketBoundariesAdvice(SECONDS_BUCKETS);
        } catch (NoSuchMethodError olderApi) {
            return builder;
        }
    }

    private static Attributes attributes(Map<String, String> labels) {
        AttributesBuilder attributes = Attributes.builder();
        labels.forEach(attributes::put);
        return attributes.build();
    }
}
