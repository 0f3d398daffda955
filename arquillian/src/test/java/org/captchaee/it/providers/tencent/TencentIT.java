package org.captchaee.it.providers.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.OutageContract;
import org.captchaee.it.support.ProviderOutages;
import org.captchaee.it.support.ServerLogText;
import org.captchaee.it.support.TencentDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Tencent verifier against the wire-exact stub: passes, every rejection class, every outage class under allow, deny
 * and fallback, a hanging provider, and the disaster-recovery tickets. Tests that need Tencent to look healthy to the
 * verifier run first: an observed outage is remembered for two minutes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TencentIT extends DeployedAppIT implements OutageContract {

    private static final TencentStub STUB = TencentStub.start();
    private static final String APP_ID = Long.toString(TencentStub.APP_ID);
    private static final long TIMEOUT_MILLIS = 1000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TencentDeployments.war("tencent", STUB)
                .withConfig(TencentDeployments.FT + "Timeout/value", Long.toString(TIMEOUT_MILLIS))
                // this class provokes many outages on purpose: the breaker has its own test
                .withConfig(TencentDeployments.FT + "CircuitBreaker/requestVolumeThreshold", "100000")
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
    void disasterTicketWhileTencentIsHealthy_isRejected_andUnderFallbackAsksForTheFallbackCaptcha() {
        int callsBefore = STUB.calls();
        String ticket = "terror_1001_" + APP_ID + "_" + now();
        Http.post(tencent("allow", ticket, "@x")).assertProblem(403, "captcha_invalid", 4002, "tencent");
        assertEquals("disaster_ticket", lastEvent().getString("reason"));
        Http.post(tencent("fallback", ticket, "@x")).assertProblem(403, "captcha_required", 4001, "pin");
        assertEquals(
                200,
                Http.post(tencent("fallback", ticket, "@x").header("X-Captcha-Pin", "1234"))
                        .status());
        assertEquals(callsBefore, STUB.calls(), "disaster tickets are never sent to Tencent");
    }

    @Test
    @Order(2)
    void solvedTicket_passes_onceOnly_withTheClientIpSentAsUserIp() {
        STUB.issue("tr03pass", "@abc");
        Answer answer = Http.post(tencent("allow", "tr03pass", "@abc"));
        assertEquals(200, answer.status(), answer.body());
        JsonObject event = lastEvent();
        assertEquals("verified", event.getString("reason"));
        assertEquals("1", event.getString("providerCode"));
        assertEquals("login", event.getString("scene"));
        assertEquals(event.getString("clientIp"), STUB.lastRequest().getString("UserIp"));
        Http.post(tencent("allow", "tr03pass", "@abc")).assertProblem(403, "captcha_invalid", 4002, "tencent");
        assertEquals("replayed", lastEvent().getString("reason"));
    }

    @Test
    @Order(3)
    void everyRejectionClass_isCaptchaInvalid_evenUnderAllow() {
        STUB.issue("tr03randstr", "@abc");
        assertRejected("tr03randstr", "@other", "invalid");
        STUB.issueAt("tr03old", "@abc", now() - 301);
        assertRejected("tr03old", "@abc", "expired");
        assertRejected("tr03forged", "@abc", "invalid");
        STUB.issueMalicious("tr03bot", "@abc");
        assertRejected("tr03bot", "@abc", "risky");
        STUB.answer("tr03c16", 16);
        assertRejected("tr03c16", "@abc", "misconfigured");
        STUB.answer("tr03c21", 21);
        assertRejected("tr03c21", "@abc", "risky");
        STUB.answer("tr03c100", 100);
        assertRejected("tr03c100", "@abc", "misconfigured");
    }

    @Test
    @Order(4)
    void missingOrMalformedCaptcha_isRequiredOrMalformed() {
        Http.post(http.request("policy/allow")).assertProblem(403, "captcha_required", 4001, "tencent");
        Http.post(http.request("policy/allow").header("X-Captcha-Ticket", "tr03x"))
                .assertProblem(400, "captcha_malformed", 4003, "tencent");
    }

    @Test
    @Order(15)
    void ourCredentialsRefused_isAnOutage_loggedSevereOnceAMinute() {
        outages()
                .ourCredentialsRefused_isAnOutage_loggedSevereOnce(
                        STUB::revokeKey, "AuthFailure.SecretIdNotFound", "CAPTCHA-E101");
    }

    @Test
    @Order(20)
    void disasterTicketDuringAnObservedOutage_isAnOutage_once_fresh_andOurs() {
        STUB.fault(Fault.INTERNAL_ERROR);
        Http.post(tencent("allow", "tr03any", "@abc"));
        STUB.fault(Fault.NONE);
        String ticket = "trerror_1001_" + APP_ID + "_" + now();
        assertEquals(200, Http.post(tencent("allow", ticket, "@x")).status());
        JsonObject event = lastEvent();
        assertTrue(event.getBoolean("degraded"));
        assertEquals("disaster-ticket", event.getString("providerCode"));
        Http.post(tencent("allow", ticket, "@x")).assertProblem(403, "captcha_invalid", 4002, "tencent");
        assertEquals("replayed", lastEvent().getString("reason"));
        Http.post(tencent("allow", "terror_1001_42_" + now(), "@x"))
                .assertProblem(403, "captcha_invalid", 4002, "tencent");
        Http.post(tencent("allow", "terror_1001_" + APP_ID + "_" + (now() - 601), "@x"))
                .assertProblem(403, "captcha_invalid", 4002, "tencent");
        Http.post(tencent("deny", "terror_1002_" + APP_ID + "_" + now(), "@x"))
                .assertProblem(503, "captcha_unavailable", 5031, "tencent");
    }

    @Test
    @Order(30)
    void secrets_neverReachTheServerLog() {
        String log = ServerLogText.read();
        assertTrue(log.contains("CAPTCHA-I101"), "this is not the log the application writes to");
        assertFalse(log.contains(TencentStub.SECRET_KEY), "the SecretKey is in the server log");
        assertFalse(log.contains(TencentStub.APP_SECRET_KEY), "the AppSecretKey is in the server log");
        assertFalse(log.contains("tr03pass"), "a ticket is in the server log");
    }

    private void assertRejected(String ticket, String randstr, String reason) {
        Http.post(tencent("allow", ticket, randstr)).assertProblem(403, "captcha_invalid", 4002, "tencent");
        JsonObject event = lastEvent();
        assertEquals(reason, event.getString("reason"), ticket);
        assertFalse(event.getBoolean("degraded"));
    }

    private Invocation.Builder tencent(String policy, String ticket, String randstr) {
        return http.request("policy/" + policy)
                .header("X-Captcha-Ticket", ticket)
                .header("X-Captcha-Randstr", randstr);
    }

    @Override
    public long timeoutMillis() {
        return TIMEOUT_MILLIS;
    }

    @Override
    public ProviderOutages outages() {
        return new ProviderOutages(STUB, http, "tencent", policy -> tencent(policy, "tr03any", "@abc"));
    }

    private JsonObject lastEvent() {
        return http.events().getJsonObject("last");
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
