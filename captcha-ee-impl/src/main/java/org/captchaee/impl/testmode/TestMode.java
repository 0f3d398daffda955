package org.captchaee.impl.testmode;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.log.MessageIds;
import org.captchaee.impl.log.RateLimitedLog;

/**
 * Whether {@code captcha.test-mode} is on, and the WARN that keeps saying so: once at deployment, then at most once a
 * minute while calls are served, so that a test deployment cannot reach production unnoticed. Reminded from the calls
 * themselves, with no thread of its own.
 */
public final class TestMode {

    /** The shortest time between two reminders. */
    static final Duration INTERVAL = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(TestMode.class.getName());

    private final boolean on;
    private final RateLimitedLog log;

    TestMode(boolean on, RateLimitedLog log) {
        this.on = on;
        this.log = log;
    }

    /**
     * The test mode of a deployment.
     *
     * @param on {@code captcha.test-mode}
     * @return the test mode
     */
    public static TestMode of(boolean on) {
        return new TestMode(on, new RateLimitedLog(LOG, INTERVAL, System::nanoTime));
    }

    /**
     * Whether test mode is on: every problem answer then carries {@code "test_mode": true}.
     *
     * @return {@code captcha.test-mode}
     */
    public boolean isOn() {
        return on;
    }

    /** Logs the WARN, when test mode is on and the last one is at least a minute old. */
    public void remind() {
        if (on) {
            log.log(
                    Level.WARNING,
                    ConfigKeys.TEST_MODE,
                    () -> MessageIds.CORE_TEST_MODE + " " + ConfigKeys.TEST_MODE + "=true: the"
                            + " 'test' verifier and the providers' published test keys are allowed, and every problem answer"
                            + " carries \"test_mode\": true. Captchas may pass without being solved: never set it in"
                            + " production.");
        }
    }
}
