package org.captchaee.it.providers.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.aliyun.stub.AliyunStub;
import org.captchaee.impl.aliyun.stub.AliyunStub.Architecture;
import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.it.support.AliyunDeployments;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.OutageContract;
import org.captchaee.it.support.ProviderOutages;
import org.captchaee.it.support.ServerLogText;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Alibaba Cloud verifiers against the wire-exact stub: Captcha 2.0 passes, every rejection class, the disaster
 * path of its front end, every outage class under allow, deny and fallback, our credentials refused; Captcha 1.0 alone
 * and side by side with 2.0 on the same endpoint (migration mode).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AliyunIT extends DeployedAppIT implements OutageContract {

    private static final AliyunStub STUB = AliyunStub.start();
    private static final long TIMEOUT_MILLIS = 1000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AliyunDeployments.war("aliyun", STUB)
                .withConfig(AliyunDeployments.FT + "Timeout/value", Long.toString(TIMEOUT_MILLIS))
                // this class provokes many outages on purpose
                .withConfig(AliyunDeployments.FT + "CircuitBreaker/requestVolumeThreshold", "100000")
                .build();
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @AfterEach
    void heal() {
        STUB.fault(Fault.NONE);
    }

    @Test
    @Order(1)
    void solvedParam_passes_onceOnly_forwardedByteForByte_withTheConfiguredScene() {
        String param = "{\"sceneId\":\"scene-it\",\"certifyId\":\"Ab+/=\",\"deviceToken\":\"x&y z\"}";
        STUB.issue(param, AliyunDeployments.SCENE_ID);
        Answer answer = Http.post(aliyun("allow", param));
        assertEquals(200, answer.status(), answer.body());
        JsonObject event = lastEvent();
        assertEquals("verified", event.getString("reason"));
        assertEquals("T001", event.getString("providerCode"));
        AliyunStub.Recorded request = STUB.lastRequest();
        assertEquals("VerifyIntelligentCaptcha", request.action());
        assertEquals(param, request.parameters().get("CaptchaVerifyParam"));
        assertEquals(AliyunDeployments.SCENE_ID, request.parameters().get("SceneId"));
        Http.post(aliyun("allow", param)).assertProblem(403, "captcha_invalid", 4002, "aliyun");
        assertEquals("replayed", lastEvent().getString("reason"));
    }

    @Test
    @Order(2)
    void everyRejectionClass_isRejected_evenUnderAllow() {
        assertRejected("F018", "replayed");
        assertRejected("F008", "replayed");
        assertRejected("F014", "expired");
        assertRejected("F019", "expired");
        assertRejected("F010", "risky");
        assertRejected("F024", "risky");
        assertRejected("F012", "misconfigured");
        assertRejected("F005", "misconfigured");
        assertRejected("F015", "invalid");
        STUB.issue("other-scene", "scene-of-another-page");
        Http.post(aliyun("allow", "other-scene")).assertProblem(403, "captcha_invalid", 4002, "aliyun");
        assertEquals("F012", lastEvent().getString("providerCode"));
        STUB.issueAt("too-late", AliyunDeployments.SCENE_ID, Architecture.V3, now() - 91);
        Http.post(aliyun("allow", "too-late")).assertProblem(403, "captcha_invalid", 4002, "aliyun");
        assertEquals("F019", lastEvent().getString("providerCode"));
        for (String malformed : new String[] {"F002", "F003", "F013"}) {
            STUB.answer("fixed-" + malformed, malformed);
            Http.post(aliyun("allow", "fixed-" + malformed)).assertProblem(400, "captcha_malformed", 4003, "aliyun");
            assertEquals(malformed, lastEvent().getString("providerCode"));
        }
    }

    @Test
    @Order(3)
    void missingParam_isRequired() {
        Http.post(http.request("policy/allow")).assertProblem(403, "captcha_required", 4001, "aliyun");
    }

    @Test
    @Order(4)
    void consoleTestMode_passes_withOneWarning() {
        int logBefore = ServerLogText.read().length();
        STUB.answer("test-mode-1", "T005");
        STUB.answer("test-mode-2", "T005");
        assertEquals(200, Http.post(aliyun("allow", "test-mode-1")).status());
        assertEquals("T005", lastEvent().getString("providerCode"));
        assertEquals(200, Http.post(aliyun("allow", "test-mode-2")).status());
        String logged = ServerLogText.read().substring(logBefore);
        assertEquals(1, logged.split("CAPTCHA-W201", -1).length - 1, "one WARN for test mode");
    }

    @Test
    @Order(5)
    void frontEndDisasterPath_F023_isRejected_andUnderFallbackAsksForTheFallbackCaptcha() {
        STUB.answer("disaster", "F023");
        Http.post(aliyun("allow", "disaster")).assertProblem(403, "captcha_invalid", 4002, "aliyun");
        assertEquals("disaster_ticket", lastEvent().getString("reason"));
        Http.post(aliyun("fallback", "disaster")).assertProblem(403, "captcha_required", 4001, "pin");
        assertEquals(
                200,
                Http.post(aliyun("fallback", "disaster").header("X-Captcha-Pin", "1234"))
                        .status());
        assertFalse(lastEvent().getBoolean("degraded"));
    }

    @Test
    @Order(6)
    void migrationMode_verifiesA1RequestAndA2RequestOnTheSameEndpoint() {
        STUB.issueSig("v1-token", "v1-session", "v1-sig", AliyunDeployments.V1_SCENE);
        Answer v1 = Http.post(v1("policy/allow", "v1-session", "v1-sig", "v1-token"));
        assertEquals(200, v1.status(), v1.body());
        assertEquals("100", lastEvent().getString("providerCode"));
        AliyunStub.Recorded request = STUB.lastRequest();
        assertEquals("AuthenticateSig", request.action());
        assertEquals(AliyunStub.APP_KEY, request.parameters().get("AppKey"));
        assertEquals(lastEvent().getString("clientIp"), request.parameters().get("RemoteIp"));
        STUB.issue("v2-param", AliyunDeployments.SCENE_ID);
        assertEquals(200, Http.post(aliyun("allow", "v2-param")).status());
        assertEquals("T001", lastEvent().getString("providerCode"));
        assertEquals("VerifyIntelligentCaptcha", STUB.lastRequest().action());
        Http.post(v1("policy/allow", "v1-session", "forged-sig", "v1-token"))
                .assertProblem(403, "captcha_invalid", 4002, "aliyun");
        assertEquals("900", lastEvent().getString("providerCode"));
        Http.post(http.request("policy/allow").header("X-Captcha-Sig", "only-a-sig"))
                .assertProblem(400, "captcha_malformed", 4003, "aliyun");
    }

    @Test
    @Order(7)
    void v1Verifier_alone_passesOnce() {
        STUB.issueSig("solo-token", "solo-session", "solo-sig", AliyunDeployments.V1_SCENE);
        assertEquals(
                200,
                Http.post(v1("aliyun-v1", "solo-session", "solo-sig", "solo-token"))
                        .status());
        assertEquals("aliyun-v1", lastEvent().getString("verifier"));
        Http.post(v1("aliyun-v1", "solo-session", "solo-sig", "solo-token"))
                .assertProblem(403, "captcha_invalid", 4002, "aliyun-v1");
        Http.post(http.request("aliyun-v1")).assertProblem(403, "captcha_required", 4001, "aliyun-v1");
    }

    @Test
    @Order(14)
    void closedPort_isAnOutage_forCaptcha1Too() {
        STUB.closePort();
        try {
            assertEquals(200, Http.post(v1("aliyun-v1", "s", "g", "t")).status());
            assertTrue(lastEvent().getBoolean("degraded"));
        } finally {
            STUB.reopen();
        }
    }

    @Test
    @Order(8)
    void disasterTokenWhileAlibabaIsHealthy_isRejected_neverSent_andUnderFallbackAsksForTheFallbackCaptcha() {
        int callsBefore = STUB.calls();
        String token = "aliyun_error_1001_" + AliyunDeployments.SCENE_ID + "_" + now();
        Http.post(aliyun("allow", token)).assertProblem(403, "captcha_invalid", 4002, "aliyun");
        assertEquals("disaster_ticket", lastEvent().getString("reason"));
        Http.post(aliyun("fallback", token)).assertProblem(403, "captcha_required", 4001, "pin");
        assertEquals(
                200,
                Http.post(aliyun("fallback", token).header("X-Captcha-Pin", "1234"))
                        .status());
        assertEquals(callsBefore, STUB.calls(), "disaster tokens are never sent to Alibaba Cloud");
    }

    @Test
    @Order(15)
    void ourCredentialsRefused_isAnOutage_loggedSevereOnceAMinute() {
        outages()
                .ourCredentialsRefused_isAnOutage_loggedSevereOnce(
                        STUB::revokeKey, "InvalidAccessKeyId.Inactive", "CAPTCHA-E201");
    }

    @Test
    @Order(20)
    void disasterTokenDuringAnObservedOutage_isAnOutage_once_fresh_andOurs() {
        STUB.fault(Fault.INTERNAL_ERROR);
        Http.post(aliyun("allow", "any"));
        STUB.fault(Fault.NONE);
        String token = "aliyun_error_1001_" + AliyunDeployments.SCENE_ID + "_" + now();
        assertEquals(200, Http.post(aliyun("allow", token)).status());
        JsonObject event = lastEvent();
        assertTrue(event.getBoolean("degraded"));
        assertEquals("disaster-ticket", event.getString("providerCode"));
        Http.post(aliyun("allow", token)).assertProblem(403, "captcha_invalid", 4002, "aliyun");
        assertEquals("replayed", lastEvent().getString("reason"));
        Http.post(aliyun("allow", "aliyun_error_1001_another-scene_" + now()))
                .assertProblem(403, "captcha_invalid", 4002, "aliyun");
        Http.post(aliyun("allow", "aliyun_error_1001_" + AliyunDeployments.SCENE_ID + "_" + (now() - 601)))
                .assertProblem(403, "captcha_invalid", 4002, "aliyun");
        Http.post(aliyun("deny", "aliyun_error_1002_" + AliyunDeployments.SCENE_ID + "_" + now()))
                .assertProblem(503, "captcha_unavailable", 5031, "aliyun");
    }

    @Test
    @Order(30)
    void secrets_neverReachTheServerLog() {
        String log = ServerLogText.read();
        assertTrue(log.contains("CAPTCHA-I201"), "this is not the log the application writes to");
        assertTrue(log.contains("CAPTCHA-I203"), "the migration mode is announced");
        assertFalse(log.contains(AliyunStub.ACCESS_KEY_SECRET), "the AccessKey secret is in the server log");
        assertFalse(log.contains("v2-param"), "a CaptchaVerifyParam is in the server log");
        assertFalse(log.contains("v1-sig"), "a 1.0 sig is in the server log");
    }

    private void assertRejected(String verifyCode, String reason) {
        STUB.answer("fixed-" + verifyCode, verifyCode);
        Http.post(aliyun("allow", "fixed-" + verifyCode)).assertProblem(403, "captcha_invalid", 4002, "aliyun");
        JsonObject event = lastEvent();
        assertEquals(reason, event.getString("reason"), verifyCode);
        assertEquals(verifyCode, event.getString("providerCode"));
        assertFalse(event.getBoolean("degraded"));
    }

    private Invocation.Builder aliyun(String policy, String captchaVerifyParam) {
        return http.request("policy/" + policy).header("X-Captcha-Token", captchaVerifyParam);
    }

    private Invocation.Builder v1(String path, String sessionId, String sig, String token) {
        return http.request(path)
                .header("X-Captcha-Session-Id", sessionId)
                .header("X-Captcha-Sig", sig)
                .header("X-Captcha-Token", token);
    }

    @Override
    public long timeoutMillis() {
        return TIMEOUT_MILLIS;
    }

    @Override
    public ProviderOutages outages() {
        return new ProviderOutages(STUB, http, "aliyun", policy -> aliyun(policy, "any"));
    }

    private JsonObject lastEvent() {
        return http.events().getJsonObject("last");
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
