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
import org.captchaee.impl.problem.LocalizedDeniedException;
import org.captchaee.impl.problem.ProblemMessage;
import org.captchaee.impl.problem.ProblemTexts;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    private static final ProblemTexts ENGLISH = ProblemTexts.forAcceptLanguage(null);

    @Test
    void body_hasEveryRfc9457MemberAndTheCaptchaExtensions() {
        JsonObject body = ProblemResponses.body(
                new CaptchaDeniedException(
                        CaptchaError.CAPTCHA_UNAVAILABLE, "tencent", "Try again later.", Duration.ofSeconds(30)),
                Optional.empty(),
                ENGLISH,
                false);
        assertEquals("urn:captcha-ee:problem:captcha_unavailable", body.getString("type"));
        assertEquals("Captcha unavailable", body.getString("title"));
        assertEquals(503, body.getInt("status"));
        assertEquals("Try again later.", body.getString("detail"));
        assertEquals("captcha_unavailable", body.getString("error"));
        assertEquals(5031, body.getInt("error_code"));
        assertEquals("tencent", body.getString("verifier"));
        assertEquals("Try again later.", body.getString("error_description"));
        assertEquals(8, body.size());
    }

    @Test
    void builtInVerifiers_sayWhereToGetAChallenge_unlessTheyAreDown() {
        Optional<String> challenge = Optional.of("/shop/api/captcha/image");
        JsonObject required = ProblemResponses.body(
                new CaptchaDeniedException(CaptchaError.CAPTCHA_REQUIRED, "image", "Solve it.", null),
                challenge,
                ENGLISH,
                false);
        assertEquals("/shop/api/captcha/image", required.getString("challenge"));
        JsonObject down = ProblemResponses.body(
                new CaptchaDeniedException(CaptchaError.CAPTCHA_UNAVAILABLE, "image", "Later.", null),
                challenge,
                ENGLISH,
                false);
        assertFalse(down.containsKey("challenge"));
    }

    @Test
    void bodyTooLarge_andRateLimited_pointAtNoChallenge_andTheRateLimitSaysWhenToRetry() {
        Optional<String> challenge = Optional.of("/shop/api/captcha/image");
        JsonObject tooLarge = ProblemResponses.body(
                new CaptchaDeniedException(CaptchaError.CAPTCHA_BODY_TOO_LARGE, "image", "Too large.", null),
                challenge,
                ENGLISH,
                false);
        assertEquals(413, tooLarge.getInt("status"));
        assertEquals("captcha_body_too_large", tooLarge.getString("error"));
        assertEquals(4131, tooLarge.getInt("error_code"));
        assertFalse(tooLarge.containsKey("challenge"));

        Response limited = ProblemResponses.of(
                new CaptchaDeniedException(
                        CaptchaError.CAPTCHA_RATE_LIMITED, "image", "Too many.", Duration.ofMinutes(1)),
                challenge,
                ENGLISH,
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
    void theLibrarysRefusals_areWrittenInTheRequestsLanguage_withTheSameError() {
        LocalizedDeniedException denied = new LocalizedDeniedException(
                CaptchaError.CAPTCHA_REQUIRED, "test", ProblemMessage.of("detail.required"), null);
        Response chinese =
                ProblemResponses.of(denied, Optional.empty(), ProblemTexts.forAcceptLanguage("zh-CN"), false);
        assertEquals("zh-Hans", chinese.getHeaderString("Content-Language"));
        assertEquals("Accept-Language", chinese.getHeaderString("Vary"));
        JsonObject body = Json.createReader(new StringReader((String) chinese.getEntity()))
                .readObject();
        assertEquals("需要验证码", body.getString("title"));
        assertEquals(body.getString("detail"), body.getString("error_description"));
        assertFalse(body.getString("detail").contains("Solve"), body::toString);
        assertEquals("captcha_required", body.getString("error"));
        assertEquals(4001, body.getInt("error_code"));
        assertEquals("urn:captcha-ee:problem:captcha_required", body.getString("type"));
        assertEquals(
                denied.getMessage(),
                ProblemResponses.body(denied, Optional.empty(), ENGLISH, false).getString("detail"));
        assertTrue(denied.getMessage().startsWith("This request needs a captcha."), denied::getMessage);
    }

    @Test
    void anApplicationsOwnRefusal_keepsItsDetail_underATranslatedTitle() {
        JsonObject body = ProblemResponses.body(
                new CaptchaDeniedException(CaptchaError.CAPTCHA_INVALID, "tencent", "Nope.", null),
                Optional.empty(),
                ProblemTexts.forAcceptLanguage("zh"),
                false);
        assertEquals("验证码无效", body.getString("title"));
        assertEquals("Nope.", body.getString("detail"));
        assertEquals("Nope.", body.getString("error_description"));
    }

    @Test
    void theAnswerOfAnUnprotectedMethod_isInTheRequestsLanguageToo() {
        Response answer = ProblemResponses.misconfigured(
                "captcha_misconfigured",
                ProblemMessage.of("detail.unprotected_method", "shop.Cart#pay", "shop.Cart"),
                ProblemTexts.forAcceptLanguage("zh-Hans-CN"),
                false);
        assertEquals(500, answer.getStatus());
        assertEquals("zh-Hans", answer.getHeaderString("Content-Language"));
        JsonObject body =
                Json.createReader(new StringReader((String) answer.getEntity())).readObject();
        assertEquals("验证码配置错误", body.getString("title"));
        assertEquals("captcha_misconfigured", body.getString("error"));
        assertTrue(body.getString("detail").contains("shop.Cart#pay"), body::toString);
        assertEquals(body.getString("detail"), body.getString("error_description"));
    }

    @Test
    void testMode_isSaidInEveryAnswer_andOnlyThen() {
        CaptchaDeniedException denied =
                new CaptchaDeniedException(CaptchaError.CAPTCHA_INVALID, "test", "Wrong.", null);
        assertTrue(
                ProblemResponses.body(denied, Optional.empty(), ENGLISH, true).getBoolean("test_mode"));
        assertFalse(
                ProblemResponses.body(denied, Optional.empty(), ENGLISH, false).containsKey("test_mode"));
        Response answer = ProblemResponses.of(denied, Optional.empty(), ENGLISH, true);
        JsonObject body =
                Json.createReader(new StringReader((String) answer.getEntity())).readObject();
        assertTrue(body.getBoolean("test_mode"));
    }
}
