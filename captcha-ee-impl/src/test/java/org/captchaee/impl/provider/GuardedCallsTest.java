package org.captchaee.impl.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
