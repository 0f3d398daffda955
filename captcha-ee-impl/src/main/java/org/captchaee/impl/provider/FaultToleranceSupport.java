package org.captchaee.impl.provider;

/**
 * Whether MicroProfile Fault Tolerance's API is on the class path. Every supported server but Eclipse GlassFish ships
 * it; without it the provider calls keep their own bounded timeouts and one retry of a refused connection.
 */
final class FaultToleranceSupport {

    private static final String API_MARKER = "org.eclipse.microprofile.faulttolerance.Timeout";

    private FaultToleranceSupport() {}

    static boolean apiPresent() {
        try {
            Class.forName(API_MARKER, false, FaultToleranceSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
