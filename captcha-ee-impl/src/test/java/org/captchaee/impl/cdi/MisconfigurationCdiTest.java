package org.captchaee.impl.cdi;

import static org.captchaee.impl.testing.CdiDeployments.config;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.captchaee.impl.siteverify.stub.PublishedTestKeys;
import org.captchaee.impl.testing.CdiDeployments;
import org.junit.jupiter.api.Test;

/**
 * Each misconfiguration fails the deployment with a message that names the key, the bad value and the fix, checked in
 * a CDI container without a server. The server tests keep the cases whose report differs by server.
 */
class MisconfigurationCdiTest {

    @Test
    void noVerifierAtAll_namesTheKey() {
        assertFails(config(), "captcha.verifier is not set");
    }

    @Test
    void badSettingsOfTheBuiltInCaptchas_nameTheirKeys() {
        assertFails(
                config(
                        "captcha.verifier", "image",
                        "captcha.outage.fallback", "pow",
                        "captcha.image.length", "3",
                        "captcha.pow.max-number", "5",
                        "captcha.pow.algorithm", "ARGON2ID",
                        "captcha.endpoints.path", "my captcha"),
                "captcha.endpoints.path=my captcha is invalid",
                "Verifier 'image': captcha.image.length=3 is invalid",
                "Verifier 'pow': captcha.pow.max-number=5 is invalid");
    }

    @Test
    void testVerifierWithoutTestMode_namesTheKeyAndTheFix() {
        assertFails(
                config("captcha.verifier", "test"),
                "captcha.test-mode is not true",
                "captcha.verifier=test: the built-in 'test' verifier accepts the token 'pass' from anyone",
                "set captcha.test-mode=true");
    }

    @Test
    void publishedTestKeysWithoutTestMode_nameTheKeyAndTheFix_withoutPrintingTheKey() {
        String messages = assertFails(
                config(
                        "captcha.verifier",
                        "turnstile",
                        "captcha.turnstile.secret",
                        PublishedTestKeys.TURNSTILE_PASS_SECRET),
                "captcha.test-mode is not true",
                "captcha.verifier=turnstile: captcha.turnstile.secret is one of the test keys Turnstile publishes",
                "set captcha.test-mode=true");
        assertFalse(messages.contains(PublishedTestKeys.TURNSTILE_PASS_SECRET));
    }

    @Test
    void invalidOutagePolicy_namesTheKeyAndTheAcceptedValues() {
        assertFails(
                testVerifier("captcha.outage.policy", "sometimes"),
                "captcha.outage.policy=sometimes",
                "allow, deny, fallback");
    }

    @Test
    void fallbackPolicyWithoutFallbackVerifier_namesTheMissingKey() {
        assertFails(testVerifier("captcha.outage.policy", "fallback"), "captcha.outage.fallback is not set");
    }

    @Test
    void trustedProxyThatIsNotACidr_namesTheKey() {
        assertFails(
                testVerifier("captcha.client-ip.trusted-proxies", "10.0.0.0/8, proxy.internal"),
                "captcha.client-ip.trusted-proxies=proxy.internal");
    }

    @Test
    void retryAfterThatIsNotANumber_namesTheKey() {
        assertFails(testVerifier("captcha.outage.retry-after", "soon"), "captcha.outage.retry-after=soon");
    }

    @Test
    void requiredKeyOfTheChosenVerifierMissing_namesThatKey() {
        assertTrue(CdiDeployments.failure(
                        config("captcha.verifier", "pin"), GuardedBean.class, MisconfiguredBeans.PinVerifier.class)
                .contains("Verifier 'pin': pin.expected is not set"));
    }

    @Test
    void annotationNamingAnUnknownVerifier_namesTheMethod() {
        String messages = CdiDeployments.failure(testVerifier(), MisconfiguredBeans.Ghost.class);
        assertTrue(messages.contains("Ghost#ghost=ghost"), messages);
        assertTrue(messages.contains("names no verifier"), messages);
    }

    @Test
    void faultToleranceMovedBeforeTheCaptcha_namesTheKey() {
        String messages = CdiDeployments.failure(
                testVerifier("mp.fault.tolerance.interceptor.priority", "1000"), MisconfiguredBeans.Retried.class);
        assertTrue(
                messages.contains(
                        "mp.fault.tolerance.interceptor.priority=1000 runs Fault Tolerance before the captcha check"),
                messages);
        assertTrue(messages.contains("Retried#call"), messages);
    }

    @Test
    void tencentWithoutItsKeys_namesEachMissingKey_andNeverTheSecret() {
        String messages = assertFails(
                config("captcha.verifier", "tencent", "captcha.tencent.secret-key", "NEVER-PRINTED-SECRET"),
                "Verifier 'tencent'",
                "captcha.tencent.secret-id is not set",
                "captcha.tencent.app-id is not set",
                "captcha.tencent.app-secret-key is not set");
        assertFalse(messages.contains("NEVER-PRINTED-SECRET"));
    }

    @Test
    void aliyunRegionThatDoesNotMatchTheEndpoint_andAnIncomplete1Configuration_areNamed() {
        String messages = assertFails(
                config(
                        "captcha.verifier", "aliyun",
                        "captcha.aliyun.access-key-id", "LTAI5tNeverCalled",
                        "captcha.aliyun.access-key-secret", "NEVER-PRINTED-ACCESS-KEY-SECRET",
                        "captcha.aliyun.scene-id", "scene-1",
                        "captcha.aliyun.region", "sgp",
                        "captcha.aliyun.endpoint", "https://captcha.cn-shanghai.aliyuncs.com",
                        "captcha.aliyun-v1.app-key", "FFFF0N0000000000STUB"),
                "Verifier 'aliyun'",
                "captcha.aliyun.region (ap-southeast-1) does not match captcha.aliyun.endpoint",
                "set captcha.aliyun.endpoint to https://captcha.ap-southeast-1.aliyuncs.com",
                "captcha.aliyun-v1.scene is not set");
        assertFalse(messages.contains("NEVER-PRINTED-ACCESS-KEY-SECRET"));
    }

    @Test
    void recaptchaWithoutSecret_andAScoreThatIsNotANumber_namesEachKey() {
        assertFails(
                config(
                        "captcha.verifier", "recaptcha",
                        "captcha.recaptcha.min-score", "NaN",
                        "captcha.recaptcha.hostnames", "https://shop.example/"),
                "Verifier 'recaptcha'",
                "captcha.recaptcha.secret is not set",
                "captcha.recaptcha.min-score=NaN is invalid",
                "captcha.recaptcha.hostnames=https://shop.example/ is invalid");
    }

    private static Map<String, String> testVerifier(String... more) {
        Map<String, String> config = config(more);
        config.put("captcha.verifier", "test");
        config.put("captcha.test-mode", "true");
        return config;
    }

    private static String assertFails(Map<String, String> config, String... expectedFragments) {
        String messages = CdiDeployments.failure(config, GuardedBean.class);
        for (String fragment : expectedFragments) {
            assertTrue(messages.contains(fragment), () -> "expected '" + fragment + "' in: " + messages);
        }
        return messages;
    }
}
