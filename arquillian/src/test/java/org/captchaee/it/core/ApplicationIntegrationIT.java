package org.captchaee.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.GuardedResource;
import org.captchaee.it.app.RetriedResource;
import org.captchaee.it.app.StrictTestVerifier;
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
 * How an application plugs in: it lists its JAX-RS classes (so only CaptchaFeature brings the library's providers),
 * replaces a built-in verifier with an alternative, and combines the captcha with MicroProfile Fault Tolerance.
 */
class ApplicationIntegrationIT extends DeployedAppIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("integration")
                .withApplication(ListedApplication.class)
                .withClasses(GuardedResource.class, RetriedResource.class, StrictTestVerifier.class)
                .withConfig(ConfigKeys.VERIFIER, "test")
                .build();
    }

    @Test
    void listedApplicationWithCaptchaFeature_getsTheProblemAnswers() {
        Http.get(http.request("guarded")).assertProblem(403, "captcha_required", 4001, "test");
    }

    @Test
    void alternativeWithTheSameName_replacesTheBuiltInVerifier() {
        Http.get(http.request("guarded").header("X-Captcha-Token", "pass"))
                .assertProblem(403, "captcha_invalid", 4002, "test");
        assertEquals(
                200,
                Http.get(http.request("guarded").header("X-Captcha-Token", "letmein"))
                        .status());
        assertEquals("strict", http.events().getJsonObject("last").getString("providerCode"));
    }

    @Test
    @Requires(Feature.FAULT_TOLERANCE)
    void refusedCall_isNeitherRetriedNorSentToTheFaultToleranceFallback() {
        int before = http.events().getInt("count");
        Http.post(http.request("retried")).assertProblem(403, "captcha_required", 4001, "test");
        assertEquals(before + 1, http.events().getInt("count"));
    }

    @Test
    @Requires(Feature.FAULT_TOLERANCE)
    void acceptedCall_stillRunsThroughFaultTolerance() {
        Answer answer = Http.post(http.request("retried").header("X-Captcha-Token", "letmein"));
        assertEquals(200, answer.status());
        assertEquals("ran", answer.body());
    }
}
