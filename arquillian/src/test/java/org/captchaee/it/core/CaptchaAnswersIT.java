package org.captchaee.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.AbstractGuardedResource;
import org.captchaee.it.app.GuardedResource;
import org.captchaee.it.app.PinVerifier;
import org.captchaee.it.app.ProtectedResource;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** Every answer of a protected call, with the test verifier, an application verifier and per-method overrides. */
class CaptchaAnswersIT extends DeployedAppIT {

    private static final String TOKEN = "X-Captcha-Token";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("answers")
                .withClasses(
                        ProtectedResource.class,
                        GuardedResource.class,
                        AbstractGuardedResource.class,
                        InheritingResource.class,
                        StatelessResource.class,
                        PinVerifier.class)
                .withConfig(ConfigKeys.VERIFIER, "test")
                .withTestMode()
                .withConfig(ConfigKeys.OUTAGE_FALLBACK, "pin")
                .withConfig("pin.expected", "1234")
                .withConfig(ProtectedResource.class.getName() + "/overridden/RequiresCaptcha/onOutage", "deny")
                .build();
    }

    @Test
    void noCaptchaHeader_isCaptchaRequired() {
        Answer answer = Http.post(http.request("protected/default"));
        answer.assertProblem(403, "captcha_required", 4001, "test");
        JsonObject event = lastEvent();
        assertEquals("REJECTED", event.getString("outcome"));
        assertEquals("missing", event.getString("reason"));
        assertEquals("checkout", event.getString("scene"));
    }

    @Test
    void solvedCaptcha_letsTheMethodRun() {
        Answer answer = Http.post(http.request("protected/default").header(TOKEN, "pass"));
        assertEquals(200, answer.status());
        assertEquals("ran", answer.body());
        JsonObject event = lastEvent();
        assertEquals("PASSED", event.getString("outcome"));
        assertEquals("verified", event.getString("reason"));
        assertFalse(event.getBoolean("degraded"));
        assertEquals("byDefault", event.getString("method"));
    }

    @Test
    void rejectedCaptcha_isCaptchaInvalid_withoutEchoingTheToken() {
        Answer answer = Http.post(http.request("protected/default").header(TOKEN, "fail"));
        JsonObject problem = answer.assertProblem(403, "captcha_invalid", 4002, "test");
        assertFalse(problem.getString("detail").contains("fail"));
        assertEquals("invalid", lastEvent().getString("reason"));
    }

    @Test
    void headerOver4KiB_isMalformed() {
        Http.post(http.request("protected/default").header(TOKEN, "a".repeat(4097)))
                .assertProblem(400, "captcha_malformed", 4003, "test");
        assertEquals("malformed", lastEvent().getString("reason"));
    }

    @Test
    void headerOfExactly4KiB_reachesTheVerifier() {
        Http.post(http.request("protected/default").header(TOKEN, "a".repeat(4096)))
                .assertProblem(403, "captcha_invalid", 4002, "test");
    }

    @Test
    void headerWithControlCharacter_isMalformed() {
        Http.post(http.request("protected/default").header(TOKEN, "pa\tss"))
                .assertProblem(400, "captcha_malformed", 4003, "test");
    }

    @Test
    void headerOfTheWrongShapeForTheVerifier_isMalformed() {
        Http.post(http.request("protected/default").header(TOKEN, "not a token!"))
                .assertProblem(400, "captcha_malformed", 4003, "test");
    }

    @Test
    void outageUnderAllow_runsTheMethod_andMarksThePassDegraded() {
        Answer answer = Http.post(http.request("protected/default").header(TOKEN, "outage"));
        assertEquals(200, answer.status());
        JsonObject event = lastEvent();
        assertEquals("PASSED", event.getString("outcome"));
        assertTrue(event.getBoolean("degraded"));
        assertEquals("provider_error", event.getString("reason"));
        assertEquals("outage", event.getString("providerCode"));
    }

    @Test
    void outageUnderDeny_is503_withRetryAfter() {
        Answer answer = Http.post(http.request("protected/deny").header(TOKEN, "outage"));
        answer.assertProblem(503, "captcha_unavailable", 5031, "test");
        assertEquals("30", answer.retryAfter());
        assertEquals("UNAVAILABLE", lastEvent().getString("outcome"));
    }

    @Test
    void outageUnderFallback_asksForTheFallbackCaptcha() {
        Http.post(http.request("protected/fallback").header(TOKEN, "outage"))
                .assertProblem(403, "captcha_required", 4001, "pin");
        assertEquals("pin", lastEvent().getString("verifier"));
    }

    @Test
    void outageUnderFallback_passesWithASolvedFallbackCaptcha_notDegraded() {
        Answer answer = Http.post(
                http.request("protected/fallback").header(TOKEN, "outage").header("X-Captcha-Pin", "1234"));
        assertEquals(200, answer.status());
        JsonObject event = lastEvent();
        assertEquals("pin", event.getString("verifier"));
        assertEquals("PASSED", event.getString("outcome"));
        assertFalse(event.getBoolean("degraded"));
    }

    @Test
    void rejectionUnderFallback_isNeverRescuedByTheFallback() {
        Http.post(http.request("protected/fallback").header(TOKEN, "fail").header("X-Captcha-Pin", "1234"))
                .assertProblem(403, "captcha_invalid", 4002, "test");
    }

    @Test
    void perMethodVerifier_isUsedInsteadOfTheDefault() {
        Http.post(http.request("protected/pin").header(TOKEN, "pass"))
                .assertProblem(403, "captcha_required", 4001, "pin");
        Http.post(http.request("protected/pin").header("X-Captcha-Pin", "9999"))
                .assertProblem(403, "captcha_invalid", 4002, "pin");
        assertEquals(
                200,
                Http.post(http.request("protected/pin").header("X-Captcha-Pin", "1234"))
                        .status());
    }

    @Test
    void outagePolicy_overriddenThroughMicroProfileConfig() {
        Http.post(http.request("protected/overridden").header(TOKEN, "outage"))
                .assertProblem(503, "captcha_unavailable", 5031, "test");
    }

    @Test
    void classLevelAnnotation_protectsEveryMethod() {
        Http.get(http.request("guarded")).assertProblem(403, "captcha_required", 4001, "test");
        Answer answer = Http.get(http.request("guarded").header(TOKEN, "pass"));
        assertEquals(200, answer.status());
        assertEquals("guarded", lastEvent().getString("scene"));
    }

    @Test
    void inheritedClassLevelAnnotation_protectsTheInheritedMethod() {
        Http.get(http.request("inheriting")).assertProblem(403, "captcha_required", 4001, "test");
        assertEquals(
                200, Http.get(http.request("inheriting").header(TOKEN, "pass")).status());
        assertEquals("inherited", lastEvent().getString("scene"));
    }

    @Test
    void statelessSessionBeanResource_getsTheSameAnswers() {
        Http.post(http.request("stateless")).assertProblem(403, "captcha_required", 4001, "test");
        Http.post(http.request("stateless").header(TOKEN, "fail")).assertProblem(403, "captcha_invalid", 4002, "test");
        assertEquals(
                200, Http.post(http.request("stateless").header(TOKEN, "pass")).status());
    }

    @Test
    void unannotatedMethod_needsNoCaptcha_andFiresNoEvent() {
        int before = http.events().getInt("count");
        Answer answer = Http.get(http.request("protected/open"));
        assertEquals(200, answer.status());
        assertEquals(before, http.events().getInt("count"));
    }

    @Test
    void everyProtectedCall_firesExactlyOneEvent() {
        int before = http.events().getInt("count");
        Http.post(http.request("protected/default").header(TOKEN, "pass"));
        Http.post(http.request("protected/default"));
        Http.post(http.request("protected/fallback").header(TOKEN, "outage").header("X-Captcha-Pin", "1234"));
        assertEquals(before + 3, http.events().getInt("count"));
    }

    private JsonObject lastEvent() {
        return http.events().getJsonObject("last");
    }
}
