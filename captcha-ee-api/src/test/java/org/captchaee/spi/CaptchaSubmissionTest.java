package org.captchaee.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CaptchaSubmissionTest {

    private static final Method METHOD = Object.class.getMethods()[0];

    @Test
    void headers_areFoundWhateverTheirCase() {
        CaptchaSubmission submission =
                new CaptchaSubmission(Map.of("X-Captcha-Ticket", "t"), "192.0.2.1", "login", null, METHOD);
        assertEquals(Optional.of("t"), submission.header("x-captcha-ticket"));
        assertEquals(Optional.of("t"), submission.header("X-CAPTCHA-TICKET"));
        assertEquals(Optional.empty(), submission.header("X-Captcha-Randstr"));
        assertEquals("t", submission.headers().get("x-captcha-ticket"));
    }

    @Test
    void headers_areImmutable() {
        CaptchaSubmission submission = new CaptchaSubmission(Map.of(), "192.0.2.1", "", "curl/8", METHOD);
        assertThrows(
                UnsupportedOperationException.class, () -> submission.headers().put("x-captcha-token", "pass"));
        assertEquals(Optional.of("curl/8"), submission.userAgent());
    }

    @Test
    void toString_neverShowsTokens() {
        CaptchaSubmission submission =
                new CaptchaSubmission(Map.of("X-Captcha-Token", "secret-token"), "192.0.2.1", "", null, METHOD);
        assertFalse(submission.toString().contains("secret-token"));
    }
}
