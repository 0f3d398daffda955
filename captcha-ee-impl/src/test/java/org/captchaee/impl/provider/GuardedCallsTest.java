package org.captchaee.impl.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
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
    private final AtomicInteger failuresObserved = new AtomicInteger();

    @Test
    void aFullBulkhead_isOurOwnOverload_aRejectionThatMarksNothingDown() {
        Verdict verdict = calls.verdict(
                () -> {
                    throw new BulkheadException("full");
                },
                failuresObserved::incrementAndGet);
        assertEquals(Verdict.Outcome.REJECTED, verdict.outcome());
        assertEquals(VerdictReason.SERVER_BUSY, verdict.reason());
        assertEquals(0, failuresObserved.get());
    }

    @Test
    void timeoutsAndAnOpenCircuit_areTheProvidersOutage() {
        Verdict timeout = calls.verdict(
                () -> {
                    throw new TimeoutException("slow");
                },
                failuresObserved::incrementAndGet);
        assertEquals(Verdict.Outcome.UNAVAILABLE, timeout.outcome());
        Verdict open = calls.verdict(
                () -> {
                    throw new CircuitBreakerOpenException("open");
                },
                failuresObserved::incrementAndGet);
        assertEquals(Verdict.Outcome.UNAVAILABLE, open.outcome());
        assertEquals(2, failuresObserved.get());
    }
}
