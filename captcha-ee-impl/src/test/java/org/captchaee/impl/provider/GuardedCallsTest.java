package org.captchaee.impl.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Logger;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

class GuardedCallsTest {

    private final GuardedCalls calls =
            new GuardedCalls(Logger.getLogger(GuardedCallsTest.class.getName()), "CAPTCHA-E999", "Stub", "stub.key");

    @Test
    void aFullBulkhead_isOurOwnOverload_aRejectionNotAnOutage() {
        Verdict verdict = calls.verdict(() -> {
            throw new BulkheadException("full");
        });
        assertEquals(Verdict.Outcome.REJECTED, verdict.outcome());
        assertEquals(VerdictReason.SERVER_BUSY, verdict.reason());
    }

    @Test
    void timeoutsAndAnOpenCircuit_areTheProvidersOutage() {
        Verdict timeout = calls.verdict(() -> {
            throw new TimeoutException("slow");
        });
        assertEquals(Verdict.Outcome.UNAVAILABLE, timeout.outcome());
        Verdict open = calls.verdict(() -> {
            throw new CircuitBreakerOpenException("open");
        });
        assertEquals(Verdict.Outcome.UNAVAILABLE, open.outcome());
        assertEquals(VerdictReason.TIMEOUT, timeout.reason());
        assertEquals(VerdictReason.PROVIDER_ERROR, open.reason());
    }

    @Test
    void aCallThatFoundTheCircuitOpen_answersTheCallsOfTheNextMoment_withoutMakingThem() {
        AtomicLong nanos = new AtomicLong(-5);
        GuardedCalls guarded = new GuardedCalls(
                Logger.getLogger(GuardedCallsTest.class.getName()), "CAPTCHA-E999", "Stub", "stub.key", nanos::get);
        AtomicInteger made = new AtomicInteger();
        Supplier<Verdict> openCircuit = () -> {
            made.incrementAndGet();
            throw new CircuitBreakerOpenException("open");
        };
        guarded.verdict(openCircuit);
        nanos.addAndGet(GuardedCalls.OPEN_CIRCUIT_MEMORY.toNanos() - 1);
        Verdict remembered = guarded.verdict(() -> Verdict.passed("1"));
        assertEquals(1, made.get());
        assertEquals(Verdict.Outcome.UNAVAILABLE, remembered.outcome());
        assertEquals(VerdictReason.PROVIDER_ERROR, remembered.reason());
        assertEquals("circuit-open", remembered.providerCode().orElseThrow());
        nanos.addAndGet(1);
        assertEquals(
                Verdict.Outcome.PASSED,
                guarded.verdict(() -> Verdict.passed("1")).outcome());
    }

    @Test
    void otherOutages_areNotRemembered() {
        AtomicLong nanos = new AtomicLong();
        GuardedCalls guarded = new GuardedCalls(
                Logger.getLogger(GuardedCallsTest.class.getName()), "CAPTCHA-E999", "Stub", "stub.key", nanos::get);
        guarded.verdict(() -> {
            throw new TimeoutException("slow");
        });
        assertEquals(
                Verdict.Outcome.PASSED,
                guarded.verdict(() -> Verdict.passed("1")).outcome());
    }
}
