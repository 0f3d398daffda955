package org.captchaee.impl.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;

import org.captchaee.impl.config.ConfigProblems;
import org.captchaee.impl.testing.TestConfigs;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.junit.jupiter.api.Test;

class FaultToleranceOrderTest {

    private static final int CAPTCHA = 1100;

    private final ConfigProblems problems = new ConfigProblems();

    @Test
    void defaultOrder_isFine() {
        check(TestConfigs.of(), "withRetry");
        assertTrue(problems.isEmpty());
    }

    @Test
    void faultToleranceAfterTheCaptcha_isFine() {
        check(TestConfigs.of(FaultToleranceOrder.PRIORITY_KEY, "4010"), "withRetry");
        assertTrue(problems.isEmpty());
    }

    @Test
    void faultToleranceBeforeTheCaptcha_onAMethodThatUsesIt_isReported() {
        check(TestConfigs.of(FaultToleranceOrder.PRIORITY_KEY, "1000"), "withRetry");
        assertEquals(1, problems.messages().size());
        assertTrue(
                problems.messages()
                        .get(0)
                        .startsWith("mp.fault.tolerance.interceptor.priority=1000 runs Fault"
                                + " Tolerance before the captcha check (priority 1100)"),
                problems.messages().get(0));
    }

    @Test
    void faultToleranceBeforeTheCaptcha_onAMethodThatDoesNotUseIt_isFine() {
        check(TestConfigs.of(FaultToleranceOrder.PRIORITY_KEY, "1000"), "plain");
        assertTrue(problems.isEmpty());
    }

    @Test
    void unreadablePriority_isReported() {
        check(TestConfigs.of(FaultToleranceOrder.PRIORITY_KEY, "early"), "plain");
        assertTrue(problems.messages().get(0).startsWith("mp.fault.tolerance.interceptor.priority=early is invalid"));
    }

    private void check(Config config, String methodName) {
        try {
            Method method = Resource.class.getMethod(methodName);
            new FaultToleranceOrder(config, CAPTCHA, problems).check(Resource.class, method, problems);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** Stands for a protected resource class. */
    public static class Resource {
        @Retry
        public void withRetry() {}

        public void plain() {}
    }
}
