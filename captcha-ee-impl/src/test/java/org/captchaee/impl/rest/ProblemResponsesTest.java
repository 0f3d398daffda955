package org.captchaee.impl.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Optional;

import jakarta.json.JsonObject;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaError;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    void body_hasEveryRfc9457MemberAndTheCaptchaExtensions() {
        JsonObject body = ProblemResponses.body(
                new CaptchaDeniedException(
                        CaptchaError.CAPTCHA_UNAVAILABLE, "tencent", "Try again later.", Duration.ofSeconds(30)),
                Optional.empty());
        assertEquals("urn:captcha-ee:problem:captcha_unavailable", body.getString("type"));
        assertEquals("Captcha unavailable", body.getString("title"));
        assertEquals(503, body.getInt("status"));
        assertEquals("Try again later.", body.getString("detail"));
        assertEquals("captcha_unavailable", body.getString("error"));
        assertEquals(5031, body.getInt("error_code"));
        assertEquals("tencent", body.getString("verifier"));
        assertEquals(7, body.size());
    }

    @Test
    void builtInVerifiers_sayWhereToGetAChallenge_unlessTheyAreDown() {
        Optional<String> challenge = Optional.of("/shop/api/captcha/image");
        JsonObject required = ProblemResponses.body(
                new CaptchaDeniedException(CaptchaError.CAPTCHA_REQUIRED, "image", "Solve it.", null), challenge);
        assertEquals("/shop/api/captcha/image", required.getString("challenge"));
        JsonObject down = ProblemResponses.body(
                new CaptchaDeniedException(CaptchaError.CAPTCHA_UNAVAILABLE, "image", "Later.", null), challenge);
        assertFalse(down.containsKey("challenge"));
    }
}
