package org.captchaee.impl.provider;

/**
 * What a failure thrown by MicroProfile Fault Tolerance around a provider call means. The Fault Tolerance API is
 * optional (Eclipse GlassFish ships none): its exception types are only named by {@link MicroProfileFailures}, which is
 * loaded only when the API is on the class path, so that the library loads and works without it.
 */
enum FaultToleranceFailure {

    /** {@code TimeoutException}: the call outlived its {@code @Timeout}. */
    TIMEOUT,

    /** {@code CircuitBreakerOpenException}: the circuit is open, the provider was not called. */
    CIRCUIT_OPEN,

    /** {@code BulkheadException}: our own overload, the provider was not called. */
    BULKHEAD_FULL,

    /** Any other {@code FaultToleranceException}. */
    OTHER,

    /** Not a Fault Tolerance failure. */
    NONE;

    /**
     * Classifies a failure of a guarded call.
     *
     * @param failure what the call threw
     * @return what it means, {@link #NONE} if Fault Tolerance did not throw it
     */
    static FaultToleranceFailure of(RuntimeException failure) {
        return FaultToleranceSupport.API_PRESENT ? MicroProfileFailures.classify(failure) : NONE;
    }
}
