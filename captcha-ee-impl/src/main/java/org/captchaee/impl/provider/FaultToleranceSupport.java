package org.captchaee.impl.provider;

import org.captchaee.impl.platform.ClassPresence;

/**
 * Whether MicroProfile Fault Tolerance's API is on the class path, found out once. Every supported server but Eclipse
 * GlassFish ships it; without it the provider calls keep their own bounded timeouts and one retry of a refused
 * connection.
 */
final class FaultToleranceSupport {

    /** Whether the API's classes load: only then may {@link MicroProfileFailures} and {@link TimeoutAnnotations}. */
    static final boolean API_PRESENT = ClassPresence.loads(
            "org.eclipse.microprofile.faulttolerance.Timeout", FaultToleranceSupport.class.getClassLoader());

    private FaultToleranceSupport() {}
}
