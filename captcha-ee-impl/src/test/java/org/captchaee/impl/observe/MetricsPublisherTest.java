package org.captchaee.impl.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

import org.captchaee.CaptchaEvent;
import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.state.OutageLedger;
import org.junit.jupiter.api.Test;

class MetricsPublisherTest {

    private static final String CLIENT_IP = "192.0.2.7";
    private static final String SCENE = "checkout of order 4711";

    private final GuardSignals signals = new GuardSignals();
    private final RecordingSink sink = new RecordingSink();
    private final MetricsPublisher publisher = publisher(Optional.of(sink));

    @Test
    void everyCall_isCounted_byVerifierOutcomeAndReason_andTimedInSeconds() {
        publisher.start(new Object());
        publisher.record(event("tencent", Verdict.passed("1"), 250));
        publisher.record(event("tencent", Verdict.rejected(VerdictReason.EXPIRED, "9"), 40));

        assertEquals(
                List.of(
                        "captcha.verifications {verifier=tencent, outcome=passed, reason=verified}",
                        "captcha.verification.duration {verifier=tencent, outcome=passed} 0.25s",
                        "captcha.verifications {verifier=tencent, outcome=rejected, reason=expired}",
                        "captcha.verification.duration {verifier=tencent, outcome=rejected} 0.04s"),
                sink.measurements);
    }

    @Test
    void degradedPasses_areCountedByCause() {
        publisher.start(new Object());
        publisher.record(event(
                "tencent", Verdict.unavailable(VerdictReason.TIMEOUT, "timeout").toDegradedPass(), 1));
        publisher.record(event(
                "tencent",
                Verdict.unavailable(VerdictReason.PROVIDER_ERROR, OutageLedger.DISASTER_TICKET_CODE)
                        .toDegradedPass(),
                1));
        publisher.record(event(
                "pow",
                Verdict.unavailable(VerdictReason.STORE_UNAVAILABLE, null).toDegradedPass(),
                1));

        assertEquals(
                List.of(
                        "captcha.degraded {verifier=tencent, cause=outage}",
                        "captcha.degraded {verifier=tencent, cause=disaster_ticket}",
                        "captcha.degraded {verifier=pow, cause=store}"),
                sink.measurements.stream()
                        .filter(line -> line.startsWith("captcha.degraded"))
                        .toList());
        assertTrue(
                sink.measurements.contains("captcha.verifications {verifier=tencent, outcome=passed, reason=timeout}"));
    }

    @Test
    void spentAllowBudgets_andStoreErrors_areCounted_withTheStoreInUse() {
        publisher.start(new Object());
        signals.allowBudgetSpent("tencent");
        signals.failed("put-if-absent");

        assertEquals(
                List.of(
                        "captcha.allow.budget.exhausted {verifier=tencent}",
                        "captcha.store.errors {operation=put-if-absent, store=redis}"),
                sink.measurements);
    }

    @Test
    void theProviderGauge_followsWhatTheGuardSaw_forEveryVerifierInUse() {
        publisher.start(new Object());
        Map<Map<String, String>, LongSupplier> gauge = sink.gauges.get(Instrument.PROVIDER_CIRCUIT);
        LongSupplier tencent = gauge.get(Map.of("verifier", "tencent"));
        assertEquals(Set.of(Map.of("verifier", "pow"), Map.of("verifier", "tencent")), gauge.keySet());
        assertEquals(0, tencent.getAsLong());

        signals.verdict("tencent", Verdict.unavailable(VerdictReason.TIMEOUT, "timeout"));
        assertEquals(1, tencent.getAsLong());
        signals.verdict("tencent", Verdict.unavailable(VerdictReason.PROVIDER_ERROR, "circuit-open"));
        assertEquals(2, tencent.getAsLong());
        signals.verdict("tencent", Verdict.passed("1"));
        assertEquals(0, tencent.getAsLong());
    }

    @Test
    void noLabel_namesTheSceneOrTheClient() {
        publisher.start(new Object());
        publisher.record(event(
                "tencent", Verdict.unavailable(VerdictReason.TIMEOUT, "timeout").toDegradedPass(), 1));

        assertFalse(sink.measurements.isEmpty());
        sink.measurements.forEach(line -> {
            assertFalse(line.contains(CLIENT_IP), line);
            assertFalse(line.contains(SCENE), line);
        });
    }

    @Test
    void aFailingBackend_neverFailsTheCall() {
        sink.failing = true;
        publisher.start(new Object());

        publisher.record(event("tencent", Verdict.passed("1"), 1));
        signals.allowBudgetSpent("tencent");
        signals.failed("count");
    }

    @Test
    void aServersOlderApi_publishesNothing_andFailsNoCall() {
        MetricsPublisher old = new MetricsPublisher(MetricsBackend.OTEL, signals, Set::of, () -> "memory") {
            @Override
            protected Optional<MeterSink> connect() {
                throw new NoSuchMethodError("DoubleHistogramBuilder.setExplicitBucketBoundariesAdvice");
            }
        };
        old.start(new Object());

        old.record(event("tencent", Verdict.passed("1"), 1));
        signals.allowBudgetSpent("tencent");
    }

    @Test
    void theGaugeValues_areDocumented() {
        assertEquals(0, MetricsPublisher.circuitValue(ProviderState.UP));
        assertEquals(1, MetricsPublisher.circuitValue(ProviderState.OUTAGE));
        assertEquals(2, MetricsPublisher.circuitValue(ProviderState.CIRCUIT_OPEN));
    }

    private MetricsPublisher publisher(Optional<MeterSink> registry) {
        return new MetricsPublisher(MetricsBackend.OTEL, signals, () -> Set.of("tencent", "pow"), () -> "redis") {
            @Override
            protected Optional<MeterSink> connect() {
                return registry;
            }
        };
    }

    private static CaptchaEvent event(String verifier, Verdict verdict, long millis) {
        Method method = MetricsPublisherTest.class.getDeclaredMethods()[0];
        return new CaptchaEvent(verifier, SCENE, verdict, Duration.ofMillis(millis), CLIENT_IP, method, Instant.now());
    }

    /** Writes down every measurement as one line. */
    private static final class RecordingSink implements MeterSink {

        final List<String> measurements = new ArrayList<>();
        final Map<Instrument, Map<Map<String, String>, LongSupplier>> gauges = new LinkedHashMap<>();
        boolean failing;

        @Override
        public void count(Instrument instrument, Map<String, String> labels) {
            fail();
            measurements.add(instrument.metricName() + " " + labels);
        }

        @Override
        public void record(Instrument instrument, Map<String, String> labels, Duration duration) {
            fail();
            measurements.add(instrument.metricName() + " " + labels + " " + duration.toMillis() / 1000.0 + "s");
        }

        @Override
        public void gauge(Instrument instrument, Map<Map<String, String>, LongSupplier> series) {
            fail();
            gauges.put(instrument, series);
        }

        private void fail() {
            if (failing) {
                throw new IllegalStateException("the registry is broken");
            }
        }
    }
}
