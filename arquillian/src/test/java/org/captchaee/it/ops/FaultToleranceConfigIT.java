package org.captchaee.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.RetriedResource;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.ServerFeatures.Feature;
import org.captchaee.it.support.ServerFeatures.Requires;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The operator switched off every Fault Tolerance annotation but {@code @Fallback}: the captcha still guards the method,
 * and a refused call still never reaches the fallback.
 */
@Requires(Feature.FAULT_TOLERANCE)
class FaultToleranceConfigIT extends DeployedAppIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("ft-non-fallback-disabled")
                .withClasses(RetriedResource.class)
                .withConfig(ConfigKeys.VERIFIER, "test")
                .withTestMode()
                .withConfig("MP_Fault_Tolerance_NonFallback_Enabled", "false")
                .build();
    }

    @Test
    void refusedCall_isStillRefused_once() {
        int before = http.events().getInt("count");
        Http.post(http.request("retried")).assertProblem(403, "captcha_required", 4001, "test");
        assertEquals(before + 1, http.events().getInt("count"));
    }

    @Test
    void solvedCaptcha_stillRunsTheMethod() {
        Answer answer = Http.post(http.request("retried").header("X-Captcha-Token", "pass"));
        assertEquals(200, answer.status());
        assertEquals("ran", answer.body());
    }
}
