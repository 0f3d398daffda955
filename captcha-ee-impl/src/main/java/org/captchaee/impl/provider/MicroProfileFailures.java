package org.captchaee.impl.provider;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** The one class that names the Fault Tolerance exceptions: loaded only when their API is on the class path. */
final class MicroProfileFailures {

    private MicroProfileFailures() {}

    static FaultToleranceFailure classify(RuntimeException failure) {
        if (failure instanceof TimeoutException) {
            return FaultToleranceFailure.TIMEOUT;
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return FaultToleranceFailure.CIRCUIT_OPEN;
        }
        if (failure instanceof BulkheadException) {
            return FaultToleranceFailure.BULKHEAD_FULL;
        }
        return failure instanceof FaultToleranceException ? FaultToleranceFailure.OTHER : FaultToleranceFailure.NONE;
    }
}
