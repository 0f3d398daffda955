package org.captchaee.impl.observe.otel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.captchaee.impl.observe.Instrument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;

class OtelSinkTest {

    private final InMemoryMetricReader reader = InMemoryMetricReader.create();
    private final SdkMeterProvider provider =
            SdkMeterProvider.builder().registerMetricReader(reader).build();
    private final OtelSink sink = new OtelSink(provider.get(OtelMetrics.SCOPE));

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void counters_countPerAttributes() {
        Map<String, String> passed = Instrument.VERIFICATIONS.labels("tencent", "passed", "verified");
        sink.count(Instrument.VERIFICATIONS, passed);
        sink.count(Instrument.VERIFICATIONS, passed);
        sink.count(Instrument.VERIFICATIONS, Instrument.VERIFICATIONS.labels("tencent", "rejected", "expired"));

        MetricData metric = metric("captcha.verifications");
        assertEquals("{verification}", metric.getUnit());
        assertEquals(2, point(metric.getLongSumData().getPoints(), passed).getValue());
        assertEquals(List.of(true), List.of(metric.getLongSumData().isMonotonic()));
    }

    @Test
    void durations_areRecordedInSeconds() {
        Map<String, String> labels = Instrument.VERIFICATION_DURATION.labels("pow", "passed");
        sink.record(Instrument.VERIFICATION_DURATION, labels, Duration.ofMillis(1500));
        sink.record(Instrument.VERIFICATION_DURATION, labels, Duration.ofMillis(500));

        MetricData metric = metric("captcha.verification.duration");
        assertEquals("s", metric.getUnit());
        HistogramPointData point =
                metric.getHistogramData().getPoints().iterator().next();
        assertEquals(attributes(labels), point.getAttributes());
        assertEquals(2, point.getCount());
        assertEquals(2.0, point.getSum(), 1e-9);
        assertEquals(0.005, point.getBoundaries().get(0), 1e-9, "second buckets, not the millisecond defaults");
    }

    @Test
    void theGauge_readsEachSeriesWhenCollected() {
        long[] tencent = {0};
        Map<Map<String, String>, LongSupplier> series = Map.of(
                Instrument.PROVIDER_CIRCUIT.labels("tencent"), () -> tencent[0],
                Instrument.PROVIDER_CIRCUIT.labels("pow"), () -> 0);
        sink.gauge(Instrument.PROVIDER_CIRCUIT, series);
        tencent[0] = 2;

        MetricData metric = metric("captcha.provider.circuit");
        Collection<LongPointData> points = metric.getLongGaugeData().getPoints();
        assertEquals(2, points.size());
        assertEquals(
                2, point(points, Instrument.PROVIDER_CIRCUIT.labels("tencent")).getValue());
    }

    private MetricData metric(String name) {
        return reader.collectAllMetrics().stream()
                .filter(metric -> metric.getName().equals(name))
                .filter(metric -> metric.getInstrumentationScopeInfo().getName().equals(OtelMetrics.SCOPE))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + name));
    }

    private static LongPointData point(Collection<LongPointData> points, Map<String, String> labels) {
        return points.stream()
                .filter(point -> point.getAttributes().equals(attributes(labels)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no point " + labels + " in " + points));
    }

    private static Attributes attributes(Map<String, String> labels) {
        var builder = Attributes.builder();
        labels.forEach(builder::put);
        return builder.build();
    }
}
