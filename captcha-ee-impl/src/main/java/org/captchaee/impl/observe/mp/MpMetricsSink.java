package org.captchaee.impl.observe.mp;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.captchaee.impl.observe.Instrument;
import org.captchaee.impl.observe.MeterSink;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The {@link Instrument}s in a MicroProfile Metrics registry: counters, a timer for the duration (published in
 * seconds) and gauges. The registry returns the metric of a name and tags it already holds.
 */
final class MpMetricsSink implements MeterSink {

    private final MetricRegistry registry;
    private final Map<Instrument, Metadata> metadata = new EnumMap<>(Instrument.class);

    MpMetricsSink(MetricRegistry registry) {
        this.registry = registry;
        for (Instrument instrument : Instrument.values()) {
            metadata.put(instrument, metadata(instrument));
        }
    }

    @Override
    public void count(Instrument instrument, Map<String, String> labels) {
        registry.counter(metadata.get(instrument), tags(labels)).inc();
    }

    @Override
    public void record(Instrument instrument, Map<String, String> labels, Duration duration) {
        registry.timer(metadata.get(instrument), tags(labels)).update(duration);
    }

    @Override
    public void gauge(Instrument instrument, Map<Map<String, String>, LongSupplier> series) {
        series.forEach((labels, value) ->
                registry.gauge(metadata.get(instrument), value, LongSupplier::getAsLong, tags(labels)));
    }

    private static Metadata metadata(Instrument instrument) {
        return Metadata.builder()
                .withName(instrument.metricName())
                .withDescription(instrument.description())
                // a timer's unit is its own (nanoseconds, exported in seconds); counters and the gauge have none
                .withUnit(instrument.kind() == Instrument.Kind.DURATION ? MetricUnits.NANOSECONDS : MetricUnits.NONE)
                .build();
    }

    private static Tag[] tags(Map<String, String> labels) {
        return labels.entrySet().stream()
                .map(label -> new Tag(label.getKey(), label.getValue()))
                .toArray(Tag[]::new);
    }
}
