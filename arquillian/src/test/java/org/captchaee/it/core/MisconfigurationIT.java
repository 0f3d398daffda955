package org.captchaee.it.core;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.ProtectedResource;
import org.captchaee.it.support.DeploymentFailures;
import org.captchaee.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A misconfiguration fails the deployment on each server with a message that names the key, the bad value and the fix,
 * and never a secret: what differs by server is how it reports a failed deployment, and what a WAR's class path holds.
 * Every other misconfiguration is checked without a server, in {@code MisconfigurationCdiTest} of the implementation.
 */
@ExtendWith(ArquillianExtension.class)
class MisconfigurationIT {

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "unknown-verifier", managed = false, testable = false)
    static WebArchive unknownVerifier() {
        return protectedWar("unknown-verifier")
                .withConfig(ConfigKeys.VERIFIER, "nope")
                .build();
    }

    @Deployment(name = "built-in-settings-bad", managed = false, testable = false)
    static WebArchive builtInSettingsBad() {
        return protectedWar("built-in-settings-bad")
                .withConfig(ConfigKeys.VERIFIER, "image")
                .withConfig(ConfigKeys.OUTAGE_FALLBACK, "pow")
                .withConfig(ConfigKeys.IMAGE_LENGTH, "3")
                .withConfig(ConfigKeys.POW_MAX_NUMBER, "5")
                .withConfig(ConfigKeys.POW_ALGORITHM, "ARGON2ID")
                .withConfig(ConfigKeys.ENDPOINTS_PATH, "my captcha")
                .build();
    }

    @Deployment(name = "secret-too-short", managed = false, testable = false)
    static WebArchive secretTooShort() {
        return protectedWar("secret-too-short")
                .withConfig(ConfigKeys.VERIFIER, "pow")
                .withConfig(ConfigKeys.SECRET, "NEVER-PRINTED")
                .build();
    }

    @Test
    void unknownVerifier_namesTheKeyTheValueAndTheAcceptedValues() {
        assertDeploymentFails(
                "unknown-verifier",
                "captcha.verifier=nope",
                "names no verifier",
                "Accepted values: aliyun, aliyun-v1, hcaptcha, image, pow, recaptcha, tencent, test, turnstile");
    }

    @Test
    void badSettingsOfTheBuiltInCaptchas_nameTheirKeys() {
        assertDeploymentFails(
                "built-in-settings-bad",
                "captcha.endpoints.path=my captcha is invalid",
                "Verifier 'image': captcha.image.length=3 is invalid",
                "Verifier 'pow': captcha.pow.max-number=5 is invalid",
                "captcha.pow.algorithm=ARGON2ID needs Bouncy Castle on the application's class path: "
                        + "add org.bouncycastle:bcprov-jdk18on to the WAR");
    }

    @Test
    void aShortSecret_isRefused_withoutPrintingIt() {
        String messages = assertDeploymentFails("secret-too-short", "captcha.secret is too short (13 characters)");
        assertFalse(messages.contains("NEVER-PRINTED"));
    }

    private String assertDeploymentFails(String deployment, String... expectedFragments) {
        return DeploymentFailures.assertDeploymentFails(deployer, deployment, expectedFragments);
    }

    private static Deployments protectedWar(String name) {
        return Deployments.war(name).withClasses(ProtectedResource.class);
    }
}
