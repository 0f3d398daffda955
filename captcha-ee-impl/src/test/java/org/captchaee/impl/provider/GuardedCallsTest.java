package org.captchaee.impl.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Logger;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.spi.CaptchaUnavailableException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

class GuardedCallsTest {

    private static final Logger LOG = Logger.getLogger(GuardedCallsTest.class.getName());

    private final GuardedCalls calls = new GuardedCalls(LOG, "CAPTCHA-E999", "Stub", "stub.key", () -> true);

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
        GuardedCalls guarded = new GuardedCalls(LOG, "CAPTCHA-E999", "Stub", "stub.key", () -> true, nanos::get);
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
        GuardedCalls guarded = new GuardedCalls(LOG, "CAPTCHA-E999", "Stub", "stub.key", () -> true, nanos::get);
        guarded.verdict(() -> {
            throw new TimeoutException("slow");
        });
        assertEquals(
                Verdict.Outcome.PASSED,
                guarded.verdict(() -> Verdict.passed("1")).outcome());
    }

    @Test
    void aRefusedConnection_isLeftToFaultTolerancesRetry_whereItActs() {
        AtomicInteger made = new AtomicInteger();
        Verdict verdict = calls.verdict(refusedThenPassed(made));
        assertEquals(1, made.get());
        assertEquals(Verdict.Outcome.UNAVAILABLE, verdict.outcome());
    }

    @Test
    void aRefusedConnection_isRetriedOnce_whereFaultToleranceDoesNotAct() {
        GuardedCalls withoutFaultTolerance = new GuardedCalls(LOG, "CAPTCHA-E999", "Stub", "stub.key", () -> false);
        AtomicInteger made = new AtomicInteger();
        assertEquals(Verdict.passed("1"), withoutFaultTolerance.verdict(refusedThenPassed(made)));
        assertEquals(2, made.get());
        AtomicInteger refusedTwice = new AtomicInteger();
        Verdict down = withoutFaultTolerance.verdict(() -> {
            refusedTwice.incrementAndGet();
            throw new RequestNotSentException("Stub", new ConnectException("refused"));
        });
        assertEquals(2, refusedTwice.get(), "one retry, no more");
        assertEquals(Verdict.Outcome.UNAVAILABLE, down.outcome());
    }

    @Test
    void otherOutages_areNeverRetried_whereFaultToleranceDoesNotAct() {
        GuardedCalls withoutFaultTolerance = new GuardedCalls(LOG, "CAPTCHA-E999", "Stub", "stub.key", () -> false);
        AtomicInteger made = new AtomicInteger();
        Verdict verdict = withoutFaultTolerance.verdict(() -> {
            made.incrementAndGet();
            throw new CaptchaUnavailableException(VerdictReason.TIMEOUT, "read-timeout", "slow", null);
        });
        assertEquals(1, made.get(), "a request that may have arrived is never sent again");
        assertEquals(VerdictReason.TIMEOUT, verdict.reason());
    }

    private static Supplier<Verdict> refusedThenPassed(AtomicInteger made) {
        return () -> {
            if (made.incrementAndGet() == 1) {
                throw new RequestNotSentException("Stub", new ConnectException("refused"));
            }
            return Verdict.passed("1");
        };
    }
}
