package org.captchaee.impl.observe.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.captchaee.impl.observe.Instrument;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class MicrometerSinkTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerSink sink = new MicrometerSink(registry);

    @Test
    void counters_countPerTags() {
        sink.count(Instrument.DEGRADED_PASSES, Instrument.DEGRADED_PASSES.labels("tencent", "outage"));
        sink.count(Instrument.DEGRADED_PASSES, Instrument.DEGRADED_PASSES.labels("tencent", "outage"));
        sink.count(Instrument.DEGRADED_PASSES, Instrument.DEGRADED_PASSES.labels("tencent", "store"));

        assertEquals(
                2.0,
                registry.get("captcha.degraded")
                        .tags("verifier", "tencent", "cause", "outage")
                        .counter()
                        .count());
    }

    @Test
    void durations_areTimed() {
        Map<String, String> labels = Instrument.VERIFICATION_DURATION.labels("pow", "rejected");
        sink.record(Instrument.VERIFICATION_DURATION, labels, Duration.ofMillis(1500));
        sink.record(Instrument.VERIFICATION_DURATION, labels, Duration.ofMillis(500));

        var timer = registry.get("captcha.verification.duration")
                .tags("verifier", "pow", "outcome", "rejected")
                .timer();
        assertEquals(2, timer.count());
        assertEquals(2.0, timer.totalTime(TimeUnit.SECONDS), 1e-9);
    }

    @Test
    void theGauge_readsItsSeriesWhenCollected() {
        long[] state = {0};
        Map<Map<String, String>, LongSupplier> series =
                Map.of(Instrument.PROVIDER_CIRCUIT.labels("tencent"), () -> state[0]);
        sink.gauge(Instrument.PROVIDER_CIRCUIT, series);
        state[0] = 1;

        assertEquals(
                1.0,
                registry.get("captcha.provider.circuit")
                        .tags("verifier", "tencent")
                        .gauge()
                        .value());
    }
}
