package org.captchaee.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.GuardedResource;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.ServerLogText;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A deployment with the {@code test} verifier and {@code captcha.test-mode=true}: it deploys, every problem answer says
 * {@code "test_mode": true}, and the server log carries the test-mode WARN. Without the key it fails
 * ({@link MisconfigurationIT}).
 */
class ProductionGuardIT extends DeployedAppIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("test-mode")
                .withClasses(GuardedResource.class)
                .withConfig(ConfigKeys.VERIFIER, "test")
                .withTestMode()
                .build();
    }

    @Test
    void everyProblemAnswer_saysTestMode_andTheLogWarns() {
        JsonObject required = Http.get(http.request("guarded")).assertProblem(403, "captcha_required", 4001, "test");
        assertTrue(required.getBoolean("test_mode"), required::toString);
        JsonObject invalid = Http.get(http.request("guarded").header("X-Captcha-Token", "fail"))
                .assertProblem(403, "captcha_invalid", 4002, "test");
        assertTrue(invalid.getBoolean("test_mode"), invalid::toString);
        assertEquals(
                200,
                Http.get(http.request("guarded").header("X-Captcha-Token", "pass"))
                        .status());
        assertTrue(ServerLogText.read().contains("CAPTCHA-W006 captcha.test-mode=true"), "no test-mode warning");
    }
}
