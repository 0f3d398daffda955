package org.captchaee.impl.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.state.OutageLedger;
import org.junit.jupiter.api.Test;

class GuardSignalsTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private Instant now = START;
    private final GuardSignals signals = new GuardSignals(() -> now, nanos::get);

    @Test
    void aVerifierNothingWasSeenOfIsUp() {
        VerifierStatus status = signals.status("tencent");
        assertEquals(ProviderState.UP, status.state());
        assertEquals(Optional.empty(), status.since());
        assertEquals(0, status.degradedPasses());
    }

    @Test
    void aProviderFailureStartsAnOutageThatAPassEnds() {
        signals.verdict("tencent", Verdict.unavailable(VerdictReason.TIMEOUT, "timeout"));
        now = START.plusSeconds(30);
        signals.verdict("tencent", Verdict.unavailable(VerdictReason.PROVIDER_ERROR, "InternalError"));

        VerifierStatus down = signals.status("tencent");
        assertEquals(ProviderState.OUTAGE, down.state());
        assertEquals(Optional.of(START), down.since(), "the outage began with the first failure");
        assertEquals(Optional.of(VerdictReason.PROVIDER_ERROR), down.lastOutageReason());
        assertEquals(Optional.of("InternalError"), down.lastOutageCode());

        now = START.plusSeconds(60);
        signals.verdict("tencent", Verdict.passed(null));
        VerifierStatus up = signals.status("tencent");
        assertEquals(ProviderState.UP, up.state());
        assertEquals(Optional.of(START.plusSeconds(60)), up.since());
        assertEquals(Optional.of(VerdictReason.PROVIDER_ERROR), up.lastOutageReason(), "the last outage is kept");
    }

    @Test
    void anOpenCircuitIsAStateOfItsOwn() {
        signals.verdict("aliyun", Verdict.unavailable(VerdictReason.TIMEOUT, "timeout"));
        now = START.plusSeconds(5);
        signals.verdict("aliyun", Verdict.unavailable(VerdictReason.PROVIDER_ERROR, "circuit-open"));
        VerifierStatus status = signals.status("aliyun");
        assertEquals(ProviderState.CIRCUIT_OPEN, status.state());
        assertEquals(Optional.of(START.plusSeconds(5)), status.since());
    }

    @Test
    void whatAClientCanCauseIsNeverAnOutage() {
        signals.verdict(
                "tencent", Verdict.unavailable(VerdictReason.PROVIDER_ERROR, OutageLedger.DISASTER_TICKET_CODE));
        signals.verdict("tencent", Verdict.rejected(VerdictReason.SERVER_BUSY, "bulkhead-full"));
        signals.verdict("tencent", Verdict.rejected(VerdictReason.INVALID, "9"));
        signals.verdict("tencent", Verdict.unavailable(VerdictReason.STORE_UNAVAILABLE, "state-store"));
        assertEquals(ProviderState.UP, signals.status("tencent").state());
    }

    @Test
    void degradedPassesAreCountedWithinTheWindow() {
        signals.degradedPass("tencent");
        signals.degradedPass("tencent");
        assertEquals(2, signals.status("tencent").degradedPasses());
        assertEquals(0, signals.status("aliyun").degradedPasses());

        nanos.addAndGet(GuardSignals.WINDOW.plus(Duration.ofSeconds(1)).toNanos());
        assertEquals(0, signals.status("tencent").degradedPasses());
    }

    @Test
    void listenersHearSpentBudgetsAndStoreFailures() {
        List<String> heard = new ArrayList<>();
        signals.listen(new GuardListener() {
            @Override
            public void allowBudgetSpent(String verifier) {
                heard.add("budget " + verifier);
            }

            @Override
            public void storeError(String operation) {
                heard.add("store " + operation);
            }
        });
        signals.allowBudgetSpent("tencent");
        signals.failed("increment");
        assertEquals(List.of("budget tencent", "store increment"), heard);
    }

    @Test
    void degradedCausesFollowTheVerdict() {
        assertEquals(
                Optional.of(DegradedCause.OUTAGE),
                DegradedCause.of(
                        Verdict.unavailable(VerdictReason.TIMEOUT, "timeout").toDegradedPass()));
        assertEquals(
                Optional.of(DegradedCause.DISASTER_TICKET),
                DegradedCause.of(Verdict.unavailable(VerdictReason.PROVIDER_ERROR, OutageLedger.DISASTER_TICKET_CODE)
                        .toDegradedPass()));
        assertEquals(
                Optional.of(DegradedCause.STORE),
                DegradedCause.of(Verdict.unavailable(VerdictReason.STORE_UNAVAILABLE, "state-store")
                        .toDegradedPass()));
        assertTrue(DegradedCause.of(Verdict.passed(null)).isEmpty());
    }
}
