package org.captchaee.impl.observe.micrometer;

import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;

import org.captchaee.impl.observe.Instrument;
import org.captchaee.impl.observe.MeterSink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * The {@link Instrument}s in a Micrometer registry: counters, a timer for the duration and gauges. The registry returns
 * the meter of a name and tags it already holds.
 */
final class MicrometerSink implements MeterSink {

    private final MeterRegistry registry;

    MicrometerSink(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void count(Instrument instrument, Map<String, String> labels) {
        Counter.builder(instrument.metricName())
                .description(instrument.description())
                .tags(tags(labels))
                .register(registry)
                .increment();
    }

    @Override
    public void record(Instrument instrument, Map<String, String> labels, Duration duration) {
        Timer.builder(instrument.metricName())
                .description(instrument.description())
                .tags(tags(labels))
                .register(registry)
                .record(duration);
    }

    @Override
    public void gauge(Instrument instrument, Map<Map<String, String>, LongSupplier> series) {
        series.forEach((labels, value) -> Gauge.builder(instrument.metricName(), value, LongSupplier::getAsLong)
                .description(instrument.description())
                .tags(tags(labels))
                .strongReference(true)
                .register(registry));
    }

    private static Tags tags(Map<String, String> labels) {
        return Tags.of(labels.entrySet().stream()
                .map(label -> Tag.of(label.getKey(), label.getValue()))
                .toList());
    }
}
