package org.captchaee.impl.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaError;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    void body_hasEveryRfc9457MemberAndTheCaptchaExtensions() {
        JsonObject body = ProblemResponses.body(
                new CaptchaDeniedException(
                        CaptchaError.CAPTCHA_UNAVAILABLE, "tencent", "Try again later.", Duration.ofSeconds(30)),
                Optional.empty(),
                false);
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
                new CaptchaDeniedException(CaptchaError.CAPTCHA_REQUIRED, "image", "Solve it.", null),
                challenge,
                false);
        assertEquals("/shop/api/captcha/image", required.getString("challenge"));
        JsonObject down = ProblemResponses.body(
                new CaptchaDeniedException(CaptchaError.CAPTCHA_UNAVAILABLE, "image", "Later.", null),
                challenge,
                false);
        assertFalse(down.containsKey("challenge"));
    }

    @Test
    void bodyTooLarge_andRateLimited_pointAtNoChallenge_andTheRateLimitSaysWhenToRetry() {
        Optional<String> challenge = Optional.of("/shop/api/captcha/image");
        JsonObject tooLarge = ProblemResponses.body(
                new CaptchaDeniedException(CaptchaError.CAPTCHA_BODY_TOO_LARGE, "image", "Too large.", null),
                challenge,
                false);
        assertEquals(413, tooLarge.getInt("status"));
        assertEquals("captcha_body_too_large", tooLarge.getString("error"));
        assertEquals(4131, tooLarge.getInt("error_code"));
        assertFalse(tooLarge.containsKey("challenge"));

        Response limited = ProblemResponses.of(
                new CaptchaDeniedException(
                        CaptchaError.CAPTCHA_RATE_LIMITED, "image", "Too many.", Duration.ofMinutes(1)),
                challenge,
                false);
        assertEquals(429, limited.getStatus());
        assertEquals("60", limited.getHeaderString("Retry-After"));
        JsonObject body = Json.createReader(new StringReader((String) limited.getEntity()))
                .readObject();
        assertEquals("captcha_rate_limited", body.getString("error"));
        assertEquals(4291, body.getInt("error_code"));
        assertFalse(body.containsKey("challenge"));
    }

    @Test
    void testMode_isSaidInEveryAnswer_andOnlyThen() {
        CaptchaDeniedException denied =
                new CaptchaDeniedException(CaptchaError.CAPTCHA_INVALID, "test", "Wrong.", null);
        assertTrue(ProblemResponses.body(denied, Optional.empty(), true).getBoolean("test_mode"));
        assertFalse(ProblemResponses.body(denied, Optional.empty(), false).containsKey("test_mode"));
        Response answer = ProblemResponses.of(denied, Optional.empty(), true);
        JsonObject body =
                Json.createReader(new StringReader((String) answer.getEntity())).readObject();
        assertTrue(body.getBoolean("test_mode"));
    }
}
