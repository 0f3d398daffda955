package org.captchaee.impl.testmode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigProblems;

/**
 * The production guard: a deployment whose verifiers in use accept captchas nobody solved fails, with one message that
 * names every such use and the fix, unless {@code captcha.test-mode=true} says it is a development or test deployment.
 */
public final class TestModeCheck {

    private TestModeCheck() {}

    /**
     * Records a problem when a verifier in use is for development and tests only and test mode is off.
     *
     * @param testMode {@code captcha.test-mode}
     * @param sources every verifier name in use, with where it was configured (for example {@code captcha.verifier})
     * @param testOnly the verifiers in use whose configuration is for development and tests only, by name, with the
     *     reason each gave ({@link TestOnly#testOnlyReason()})
     * @param problems where the problem is recorded
     */
    public static void check(
            boolean testMode, Map<String, String> sources, Map<String, String> testOnly, ConfigProblems problems) {
        if (testMode) {
            return;
        }
        List<String> uses = new ArrayList<>();
        sources.forEach((name, source) -> {
            String reason = testOnly.get(name);
            if (reason != null) {
                uses.add(source + "=" + name + ": " + reason);
            }
        });
        if (!uses.isEmpty()) {
            problems.add(ConfigKeys.TEST_MODE + " is not true, but this deployment accepts captchas nobody solved ("
                    + String.join("; ", uses) + "). Fix: in production, configure a real verifier and your site's own"
                    + " keys; for development and tests only, set " + ConfigKeys.TEST_MODE + "=true.");
        }
    }
}
