package org.captchaee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaptchaErrorTest {

    @Test
    void wireValues_matchTheDocumentedAnswerTable() {
        assertAnswer(CaptchaError.CAPTCHA_REQUIRED, 403, "captcha_required", 4001);
        assertAnswer(CaptchaError.CAPTCHA_INVALID, 403, "captcha_invalid", 4002);
        assertAnswer(CaptchaError.CAPTCHA_MALFORMED, 400, "captcha_malformed", 4003);
        assertAnswer(CaptchaError.CAPTCHA_UNAVAILABLE, 503, "captcha_unavailable", 5031);
    }

    @Test
    void literal_carriesItsMembers() {
        RequiresCaptcha binding = RequiresCaptcha.Literal.of("tencent", "login", OutagePolicy.DENY);
        assertEquals("tencent", binding.verifier());
        assertEquals("login", binding.scene());
        assertEquals(OutagePolicy.DENY, binding.onOutage());
        assertEquals(RequiresCaptcha.class, binding.annotationType());
        assertEquals(OutagePolicy.DEFAULT, RequiresCaptcha.Literal.INSTANCE.onOutage());
        assertEquals("fallback", OutagePolicy.FALLBACK.configValue());
    }

    private static void assertAnswer(CaptchaError error, int status, String name, int code) {
        assertEquals(status, error.status());
        assertEquals(name, error.error());
        assertEquals(code, error.errorCode());
    }
}
