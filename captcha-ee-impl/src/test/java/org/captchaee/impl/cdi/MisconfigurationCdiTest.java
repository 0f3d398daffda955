package org.captchaee.impl.cdi;

import static org.captchaee.impl.testing.TestConfigs.properties;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.captchaee.impl.config.ConfigKeys;
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
        assertFails(properties(), "captcha.verifier is not set");
    }

    @Test
    void badSettingsOfTheBuiltInCaptchas_nameTheirKeys() {
        assertFails(
                properties(
                        ConfigKeys.VERIFIER, "image",
                        ConfigKeys.OUTAGE_FALLBACK, "pow",
                        ConfigKeys.IMAGE_LENGTH, "3",
                        ConfigKeys.POW_MAX_NUMBER, "5",
                        ConfigKeys.POW_ALGORITHM, "ARGON2ID",
                        ConfigKeys.ENDPOINTS_PATH, "my captcha"),
                "captcha.endpoints.path=my captcha is invalid",
                "Verifier 'image': captcha.image.length=3 is invalid",
                "Verifier 'pow': captcha.pow.max-number=5 is invalid");
    }

    @Test
    void testVerifierWithoutTestMode_namesTheKeyAndTheFix() {
        assertFails(
                properties(ConfigKeys.VERIFIER, "test"),
                "captcha.test-mode is not true",
                "captcha.verifier=test: the built-in 'test' verifier accepts the token 'pass' from anyone",
                "set captcha.test-mode=true");
    }

    @Test
    void publishedTestKeysWithoutTestMode_nameTheKeyAndTheFix_withoutPrintingTheKey() {
        String messages = assertFails(
                properties(
                        ConfigKeys.VERIFIER,
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
                testVerifier(ConfigKeys.OUTAGE_POLICY, "sometimes"),
                "captcha.outage.policy=sometimes",
                "allow, deny, fallback");
    }

    @Test
    void fallbackPolicyWithoutFallbackVerifier_namesTheMissingKey() {
        assertFails(testVerifier(ConfigKeys.OUTAGE_POLICY, "fallback"), "captcha.outage.fallback is not set");
    }

    @Test
    void trustedProxyThatIsNotACidr_namesTheKey() {
        assertFails(
                testVerifier(ConfigKeys.TRUSTED_PROXIES, "10.0.0.0/8, proxy.internal"),
                "captcha.client-ip.trusted-proxies=proxy.internal");
    }

    @Test
    void retryAfterThatIsNotANumber_namesTheKey() {
        assertFails(testVerifier(ConfigKeys.OUTAGE_RETRY_AFTER, "soon"), "captcha.outage.retry-after=soon");
    }

    @Test
    void requiredKeyOfTheChosenVerifierMissing_namesThatKey() {
        assertTrue(CdiDeployments.failure(
                        properties(ConfigKeys.VERIFIER, "pin"), GuardedBean.class, MisconfiguredBeans.PinVerifier.class)
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
                properties(ConfigKeys.VERIFIER, "tencent", ConfigKeys.TENCENT_SECRET_KEY, "NEVER-PRINTED-SECRET"),
                "Verifier 'tencent'",
                "captcha.tencent.secret-id is not set",
                "captcha.tencent.app-id is not set",
                "captcha.tencent.app-secret-key is not set");
        assertFalse(messages.contains("NEVER-PRINTED-SECRET"));
    }

    @Test
    void aliyunRegionThatDoesNotMatchTheEndpoint_andAnIncomplete1Configuration_areNamed() {
        String messages = assertFails(
                properties(
                        ConfigKeys.VERIFIER, "aliyun",
                        ConfigKeys.ALIYUN_ACCESS_KEY_ID, "LTAI5tNeverCalled",
                        ConfigKeys.ALIYUN_ACCESS_KEY_SECRET, "NEVER-PRINTED-ACCESS-KEY-SECRET",
                        ConfigKeys.ALIYUN_SCENE_ID, "scene-1",
                        ConfigKeys.ALIYUN_REGION, "sgp",
                        ConfigKeys.ALIYUN_ENDPOINT, "https://captcha.cn-shanghai.aliyuncs.com",
                        ConfigKeys.ALIYUN_V1_APP_KEY, "FFFF0N0000000000STUB"),
                "Verifier 'aliyun'",
                "captcha.aliyun.region (ap-southeast-1) does not match captcha.aliyun.endpoint",
                "set captcha.aliyun.endpoint to https://captcha.ap-southeast-1.aliyuncs.com",
                "captcha.aliyun-v1.scene is not set");
        assertFalse(messages.contains("NEVER-PRINTED-ACCESS-KEY-SECRET"));
    }

    @Test
    void recaptchaWithoutSecret_andAScoreThatIsNotANumber_namesEachKey() {
        assertFails(
                properties(
                        ConfigKeys.VERIFIER,
                        "recaptcha",
                        ConfigKeys.RECAPTCHA_MIN_SCORE,
                        "NaN",
                        "captcha.recaptcha.hostnames",
                        "https://shop.example/"),
                "Verifier 'recaptcha'",
                "captcha.recaptcha.secret is not set",
                "captcha.recaptcha.min-score=NaN is invalid",
                "captcha.recaptcha.hostnames=https://shop.example/ is invalid");
    }

    private static Map<String, String> testVerifier(String... more) {
        Map<String, String> config = properties(more);
        config.put(ConfigKeys.VERIFIER, "test");
        config.put(ConfigKeys.TEST_MODE, "true");
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
