package org.captchaee.it;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.captchaee.impl.siteverify.stub.PublishedTestKeys;
import org.captchaee.it.app.GhostResource;
import org.captchaee.it.app.GuardedResource;
import org.captchaee.it.app.PinVerifier;
import org.captchaee.it.app.ProtectedResource;
import org.captchaee.it.app.RetriedResource;
import org.captchaee.it.support.DeploymentFailures;
import org.captchaee.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each misconfiguration fails the deployment with a message that names the key, the bad value and the fix. */
@ExtendWith(ArquillianExtension.class)
class MisconfigurationIT {

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "unknown-verifier", managed = false, testable = false)
    static WebArchive unknownVerifier() {
        return protectedWar("unknown-verifier")
                .withConfig("captcha.verifier", "nope")
                .build();
    }

    @Deployment(name = "no-verifier", managed = false, testable = false)
    static WebArchive noVerifier() {
        return protectedWar("no-verifier").build();
    }

    @Deployment(name = "test-verifier-without-test-mode", managed = false, testable = false)
    static WebArchive testVerifierWithoutTestMode() {
        return protectedWar("test-verifier-without-test-mode")
                .withConfig("captcha.verifier", "test")
                .build();
    }

    @Deployment(name = "test-keys-without-test-mode", managed = false, testable = false)
    static WebArchive testKeysWithoutTestMode() {
        return Deployments.war("test-keys-without-test-mode")
                .withClasses(GuardedResource.class)
                .withConfig("captcha.verifier", "turnstile")
                .withConfig("captcha.turnstile.secret", PublishedTestKeys.TURNSTILE_PASS_SECRET)
                .build();
    }

    @Deployment(name = "bad-policy", managed = false, testable = false)
    static WebArchive badPolicy() {
        return protectedWar("bad-policy")
                .withConfig("captcha.verifier", "test")
                .withTestMode()
                .withConfig("captcha.outage.policy", "sometimes")
                .build();
    }

    @Deployment(name = "fallback-unset", managed = false, testable = false)
    static WebArchive fallbackUnset() {
        return protectedWar("fallback-unset")
                .withConfig("captcha.verifier", "test")
                .withTestMode()
                .withConfig("captcha.outage.policy", "fallback")
                .build();
    }

    @Deployment(name = "bad-proxy", managed = false, testable = false)
    static WebArchive badProxy() {
        return protectedWar("bad-proxy")
                .withConfig("captcha.verifier", "test")
                .withTestMode()
                .withConfig("captcha.client-ip.trusted-proxies", "10.0.0.0/8, proxy.internal")
                .build();
    }

    @Deployment(name = "bad-retry-after", managed = false, testable = false)
    static WebArchive badRetryAfter() {
        return protectedWar("bad-retry-after")
                .withConfig("captcha.verifier", "test")
                .withTestMode()
                .withConfig("captcha.outage.retry-after", "soon")
                .build();
    }

    @Deployment(name = "verifier-key-missing", managed = false, testable = false)
    static WebArchive verifierKeyMissing() {
        return protectedWar("verifier-key-missing")
                .withClasses(PinVerifier.class)
                .withConfig("captcha.verifier", "pin")
                .build();
    }

    @Deployment(name = "annotation-names-unknown-verifier", managed = false, testable = false)
    static WebArchive annotationNamesUnknownVerifier() {
        return Deployments.war("annotation-names-unknown-verifier")
                .withClasses(GhostResource.class)
                .withConfig("captcha.verifier", "test")
                .withTestMode()
                .build();
    }

    @Deployment(name = "fault-tolerance-first", managed = false, testable = false)
    static WebArchive faultToleranceFirst() {
        return Deployments.war("fault-tolerance-first")
                .withClasses(RetriedResource.class)
                .withConfig("captcha.verifier", "test")
                .withTestMode()
                .withConfig("mp.fault.tolerance.interceptor.priority", "1000")
                .build();
    }

    @Deployment(name = "tencent-keys-missing", managed = false, testable = false)
    static WebArchive tencentKeysMissing() {
        return Deployments.war("tencent-keys-missing")
                .withClasses(GuardedResource.class)
                .withConfig("captcha.verifier", "tencent")
                .withConfig("captcha.tencent.secret-key", "NEVER-PRINTED-SECRET")
                .build();
    }

    @Deployment(name = "aliyun-region-mismatch", managed = false, testable = false)
    static WebArchive aliyunRegionMismatch() {
        return Deployments.war("aliyun-region-mismatch")
                .withClasses(GuardedResource.class)
                .withConfig("captcha.verifier", "aliyun")
                .withConfig("captcha.aliyun.access-key-id", "LTAI5tNeverCalled")
                .withConfig("captcha.aliyun.access-key-secret", "NEVER-PRINTED-ACCESS-KEY-SECRET")
                .withConfig("captcha.aliyun.scene-id", "scene-1")
                .withConfig("captcha.aliyun.region", "sgp")
                .withConfig("captcha.aliyun.endpoint", "https://captcha.cn-shanghai.aliyuncs.com")
                .withConfig("captcha.aliyun-v1.app-key", "FFFF0N0000000000STUB")
                .build();
    }

    @Deployment(name = "siteverify-settings-bad", managed = false, testable = false)
    static WebArchive siteverifySettingsBad() {
        return Deployments.war("siteverify-settings-bad")
                .withClasses(GuardedResource.class)
                .withConfig("captcha.verifier", "recaptcha")
                .withConfig("captcha.recaptcha.min-score", "NaN")
                .withConfig("captcha.recaptcha.hostnames", "https://shop.example/")
                .build();
    }

    @Deployment(name = "built-in-settings-bad", managed = false, testable = false)
    static WebArchive builtInSettingsBad() {
        return protectedWar("built-in-settings-bad")
                .withConfig("captcha.verifier", "image")
                .withConfig("captcha.outage.fallback", "pow")
                .withConfig("captcha.image.length", "3")
                .withConfig("captcha.pow.max-number", "5")
                .withConfig("captcha.pow.algorithm", "ARGON2ID")
                .withConfig("captcha.endpoints.path", "my captcha")
                .build();
    }

    @Deployment(name = "secret-too-short", managed = false, testable = false)
    static WebArchive secretTooShort() {
        return protectedWar("secret-too-short")
                .withConfig("captcha.verifier", "pow")
                .withConfig("captcha.secret", "NEVER-PRINTED")
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

    @Test
    void testVerifierWithoutTestMode_namesTheKeyAndTheFix() {
        assertDeploymentFails(
                "test-verifier-without-test-mode",
                "captcha.test-mode is not true",
                "captcha.verifier=test: the built-in 'test' verifier accepts the token 'pass' from anyone",
                "set captcha.test-mode=true");
    }

    @Test
    void publishedTestKeysWithoutTestMode_nameTheKeyAndTheFix_withoutPrintingTheKey() {
        String messages = assertDeploymentFails(
                "test-keys-without-test-mode",
                "captcha.test-mode is not true",
                "captcha.verifier=turnstile: captcha.turnstile.secret is one of the test keys Turnstile publishes",
                "set captcha.test-mode=true");
        assertFalse(messages.contains(PublishedTestKeys.TURNSTILE_PASS_SECRET));
    }

    @Test
    void noVerifierAtAll_namesTheKey() {
        assertDeploymentFails("no-verifier", "captcha.verifier is not set");
    }

    @Test
    void invalidOutagePolicy_namesTheKeyAndTheAcceptedValues() {
        assertDeploymentFails("bad-policy", "captcha.outage.policy=sometimes", "allow, deny, fallback");
    }

    @Test
    void fallbackPolicyWithoutFallbackVerifier_namesTheMissingKey() {
        assertDeploymentFails("fallback-unset", "captcha.outage.fallback is not set");
    }

    @Test
    void trustedProxyThatIsNotACidr_namesTheKey() {
        assertDeploymentFails("bad-proxy", "captcha.client-ip.trusted-proxies=proxy.internal");
    }

    @Test
    void retryAfterThatIsNotANumber_namesTheKey() {
        assertDeploymentFails("bad-retry-after", "captcha.outage.retry-after=soon");
    }

    @Test
    void requiredKeyOfTheChosenVerifierMissing_namesThatKey() {
        assertDeploymentFails("verifier-key-missing", "Verifier 'pin'", "pin.expected is not set");
    }

    @Test
    void annotationNamingAnUnknownVerifier_namesTheMethod() {
        assertDeploymentFails("annotation-names-unknown-verifier", "GhostResource#ghost=ghost", "names no verifier");
    }

    @Test
    void faultToleranceMovedBeforeTheCaptcha_namesTheKey() {
        assertDeploymentFails(
                "fault-tolerance-first",
                "mp.fault.tolerance.interceptor.priority=1000 runs Fault Tolerance before the captcha check",
                "RetriedResource#call");
    }

    @Test
    void tencentWithoutItsKeys_namesEachMissingKey_andNeverTheSecret() {
        String messages = assertDeploymentFails(
                "tencent-keys-missing",
                "Verifier 'tencent'",
                "captcha.tencent.secret-id is not set",
                "captcha.tencent.app-id is not set",
                "captcha.tencent.app-secret-key is not set");
        assertFalse(messages.contains("NEVER-PRINTED-SECRET"));
    }

    @Test
    void aliyunRegionThatDoesNotMatchTheEndpoint_andAnIncomplete1Configuration_areNamed() {
        String messages = assertDeploymentFails(
                "aliyun-region-mismatch",
                "Verifier 'aliyun'",
                "captcha.aliyun.region (ap-southeast-1) does not match captcha.aliyun.endpoint",
                "set captcha.aliyun.endpoint to https://captcha.ap-southeast-1.aliyuncs.com",
                "captcha.aliyun-v1.scene is not set");
        assertFalse(messages.contains("NEVER-PRINTED-ACCESS-KEY-SECRET"));
    }

    @Test
    void recaptchaWithoutSecret_andAScoreThatIsNotANumber_namesEachKey() {
        assertDeploymentFails(
                "siteverify-settings-bad",
                "Verifier 'recaptcha'",
                "captcha.recaptcha.secret is not set",
                "captcha.recaptcha.min-score=NaN is invalid",
                "captcha.recaptcha.hostnames=https://shop.example/ is invalid");
    }

    private String assertDeploymentFails(String deployment, String... expectedFragments) {
        return DeploymentFailures.assertDeploymentFails(deployer, deployment, expectedFragments);
    }

    private static Deployments protectedWar(String name) {
        return Deployments.war(name).withClasses(ProtectedResource.class);
    }
}
