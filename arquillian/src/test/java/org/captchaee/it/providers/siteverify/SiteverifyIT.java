package org.captchaee.it.providers.siteverify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.siteverify.stub.SiteverifyStub;
import org.captchaee.impl.siteverify.stub.SiteverifyStub.Dialect;
import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.ProviderOutages;
import org.captchaee.it.support.ServerFeatures.Feature;
import org.captchaee.it.support.ServerFeatures.Requires;
import org.captchaee.it.support.ServerLogText;
import org.captchaee.it.support.SiteverifyDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The {@code recaptcha}, {@code hcaptcha} and {@code turnstile} verifiers against the stub of their three dialects:
 * passes, every rejection class, reCAPTCHA v3 score and action, host names, every outage class under allow, deny and
 * fallback, and Turnstile's retry with the same idempotency key. The outages come last: under the policy fallback an
 * observed outage is remembered for two minutes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteverifyIT extends DeployedAppIT {

    private static final SiteverifyStub STUB = SiteverifyStub.start();
    private static final long TIMEOUT_MILLIS = 1000;
    private static final Fault[] OUTAGES = {
        Fault.BUSY, Fault.INTERNAL_ERROR, Fault.THROTTLED, Fault.HTTP_500, Fault.MALFORMED_JSON, Fault.HANG
    };

    @Deployment(testable = false)
    static WebArchive deployment() {
        var war = SiteverifyDeployments.war("siteverify", STUB);
        for (Dialect dialect : Dialect.values()) {
            String ft = SiteverifyDeployments.FT + SiteverifyDeployments.verifier(dialect) + "/";
            war.withConfig(ft + "Timeout/value", Long.toString(TIMEOUT_MILLIS))
                    // this class provokes many outages on purpose
                    .withConfig(ft + "CircuitBreaker/requestVolumeThreshold", "100000");
        }
        return war.build();
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
    void solvedToken_passesOnce_sendingSecretTokenAndClientIp() {
        for (Dialect dialect : Dialect.values()) {
            String token = "sv-pass-" + dialect;
            STUB.issue(dialect, token);
            Answer answer = Http.post(call(dialect, "allow", token));
            assertEquals(200, answer.status(), dialect + ": " + answer.body());
            JsonObject event = lastEvent();
            assertEquals(SiteverifyDeployments.verifier(dialect), event.getString("verifier"));
            assertEquals("verified", event.getString("reason"));
            Map<String, String> request = STUB.lastRequest();
            assertEquals(dialect.secret(), request.get("secret"));
            assertEquals(token, request.get("response"));
            assertEquals(event.getString("clientIp"), request.get("remoteip"));
            assertEquals(dialect == Dialect.HCAPTCHA ? SiteverifyStub.HCAPTCHA_SITEKEY : null, request.get("sitekey"));
            if (dialect == Dialect.TURNSTILE) {
                UUID.fromString(request.get("idempotency_key"));
            }
            assertRejected(dialect, token, "replayed");
        }
    }

    @Test
    @Order(2)
    void everyRejectionClass_isCaptchaInvalid_evenUnderAllow() {
        for (Dialect dialect : Dialect.values()) {
            assertRejected(dialect, "sv-forged", "invalid");
            STUB.issueAt(dialect, "sv-old", now() - dialect.lifetimeSeconds() - 1);
            assertRejected(dialect, "sv-old", dialect == Dialect.HCAPTCHA ? "expired" : "replayed");
            STUB.issue(dialect, "sv-spent");
            STUB.spend(dialect, "sv-spent");
            assertRejected(dialect, "sv-spent", "replayed");
            STUB.issueOnHost(dialect, "sv-elsewhere", "evil.example");
            assertRejected(dialect, "sv-elsewhere", "misconfigured");
            assertForced(dialect, "invalid-input-response", "invalid");
            assertForced(dialect, "timeout-or-duplicate", "replayed");
            assertForced(dialect, "expired-input-response", "expired");
            assertForced(dialect, "already-seen-response", "replayed");
            assertForced(dialect, "a-code-nobody-knows", "invalid");
            STUB.answer(dialect, "sv-no-response", "missing-input-response");
            Http.post(call(dialect, "allow", "sv-no-response"))
                    .assertProblem(403, "captcha_required", 4001, name(dialect));
        }
        STUB.issueForSitekey("sv-other-site", SiteverifyStub.OTHER_HCAPTCHA_SITEKEY);
        assertRejected(Dialect.HCAPTCHA, "sv-other-site", "invalid");
    }

    @Test
    @Order(3)
    void recaptchaV3_lowScoreAndWrongAction_areRejected_andAGoodScorePasses() {
        STUB.issueV3("sv-v3-low", "login", 0.3);
        assertRejected(Dialect.RECAPTCHA, "sv-v3-low", "risky");
        assertEquals("score=0.3", lastEvent().getString("providerCode"));
        STUB.issueV3("sv-v3-action", "signup", 0.9);
        assertRejected(Dialect.RECAPTCHA, "sv-v3-action", "misconfigured");
        assertEquals("action", lastEvent().getString("providerCode"));
        STUB.issueV3("sv-v3-good", "login", 0.9);
        assertEquals(
                200, Http.post(call(Dialect.RECAPTCHA, "deny", "sv-v3-good")).status());
        assertEquals("score=0.9", lastEvent().getString("providerCode"));
    }

    @Test
    @Order(4)
    void missingOrMalformedToken_isRequiredOrMalformed_andNeverSent() {
        int calls = STUB.calls();
        for (Dialect dialect : Dialect.values()) {
            String path = name(dialect) + "/allow";
            Http.post(http.request(path)).assertProblem(403, "captcha_required", 4001, name(dialect));
            Http.post(http.request(path).header("X-Captcha-Token", "two words"))
                    .assertProblem(400, "captcha_malformed", 4003, name(dialect));
        }
        Http.post(call(Dialect.TURNSTILE, "allow", "x".repeat(2049)))
                .assertProblem(400, "captcha_malformed", 4003, "turnstile");
        assertEquals(calls, STUB.calls());
    }

    @Test
    @Order(5)
    @Requires(Feature.FAULT_TOLERANCE)
    void turnstileRetry_carriesTheSameIdempotencyKey_andGetsTheFirstAnswer() {
        STUB.issue(Dialect.TURNSTILE, "sv-lost");
        STUB.loseFirstAnswer(Dialect.TURNSTILE, "sv-lost");
        Answer answer = Http.post(call(Dialect.TURNSTILE, "deny", "sv-lost"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("verified", lastEvent().getString("reason"));
        List<Map<String, String>> requests = STUB.requests();
        Map<String, String> first = requests.get(requests.size() - 2);
        Map<String, String> retry = requests.get(requests.size() - 1);
        assertEquals("sv-lost", first.get("response"));
        assertEquals("sv-lost", retry.get("response"));
        assertEquals(first.get("idempotency_key"), retry.get("idempotency_key"));
    }

    @Test
    @Order(6)
    void withoutAnIdempotencyKey_aLostAnswerIsNotRetried_sinceTheTokenIsSpent() {
        for (Dialect dialect : new Dialect[] {Dialect.RECAPTCHA, Dialect.HCAPTCHA}) {
            STUB.issue(dialect, "sv-lost");
            STUB.loseFirstAnswer(dialect, "sv-lost");
            int calls = STUB.calls();
            Http.post(call(dialect, "deny", "sv-lost")).assertProblem(503, "captcha_unavailable", 5031, name(dialect));
            assertEquals(calls + 1, STUB.calls(), dialect.name());
            assertEquals("HTTP 502", lastEvent().getString("providerCode"));
        }
    }

    @Test
    @Order(10)
    void everyOutageClassUnderAllow_letsTheCallRun_degraded() {
        for (Fault fault : OUTAGES) {
            STUB.fault(fault);
            for (Dialect dialect : Dialect.values()) {
                Answer answer = Http.post(call(dialect, "allow", "sv-any"));
                assertEquals(200, answer.status(), dialect + " " + fault + ": " + answer.body());
                JsonObject event = lastEvent();
                assertTrue(event.getBoolean("degraded"), dialect + " " + fault);
                assertEquals("PASSED", event.getString("outcome"));
            }
        }
    }

    @Test
    @Order(11)
    void everyOutageClassUnderDeny_is503() {
        for (Fault fault : OUTAGES) {
            STUB.fault(fault);
            for (Dialect dialect : Dialect.values()) {
                Http.post(call(dialect, "deny", "sv-any"))
                        .assertProblem(503, "captcha_unavailable", 5031, name(dialect));
                assertEquals("UNAVAILABLE", lastEvent().getString("outcome"), dialect + " " + fault);
            }
        }
    }

    @Test
    @Order(12)
    void everyOutageClassUnderFallback_asksForTheFallbackCaptcha_andPassesWithIt() {
        for (Fault fault : OUTAGES) {
            STUB.fault(fault);
            for (Dialect dialect : Dialect.values()) {
                Http.post(call(dialect, "fallback", "sv-any")).assertProblem(403, "captcha_required", 4001, "pin");
                Answer answer = Http.post(call(dialect, "fallback", "sv-any").header("X-Captcha-Pin", "1234"));
                assertEquals(200, answer.status(), dialect + " " + fault);
                assertFalse(lastEvent().getBoolean("degraded"));
            }
        }
    }

    @Test
    @Order(13)
    @Requires(Feature.FAULT_TOLERANCE)
    void onlyTurnstileRetriesAnOutage() {
        STUB.fault(Fault.INTERNAL_ERROR);
        for (Dialect dialect : Dialect.values()) {
            int calls = STUB.calls();
            assertEquals(200, Http.post(call(dialect, "allow", "sv-any")).status());
            assertEquals("internal-error", lastEvent().getString("providerCode"));
            assertEquals(calls + (dialect == Dialect.TURNSTILE ? 2 : 1), STUB.calls(), dialect.name());
        }
    }

    @Test
    @Order(14)
    void hangingProvider_isATimeout_answeredWithinTheTimeoutsPlusAMargin() {
        STUB.fault(Fault.HANG);
        for (Dialect dialect : Dialect.values()) {
            long attempts = dialect == Dialect.TURNSTILE ? 2 : 1;
            long start = System.nanoTime();
            assertEquals(200, Http.post(call(dialect, "allow", "sv-any")).status());
            long tookMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertEquals("timeout", lastEvent().getString("reason"));
            assertTrue(
                    tookMillis < attempts * TIMEOUT_MILLIS + ProviderOutages.HANG_MARGIN_MILLIS,
                    dialect + " answered after " + tookMillis + " ms");
        }
    }

    @Test
    @Order(15)
    void closedPort_isAnOutage() {
        STUB.closePort();
        try {
            for (Dialect dialect : Dialect.values()) {
                assertEquals(200, Http.post(call(dialect, "allow", "sv-any")).status());
                assertEquals("connection-refused", lastEvent().getString("providerCode"));
            }
        } finally {
            STUB.reopen();
        }
    }

    @Test
    @Order(16)
    void ourRequestRefused_isAnOutage_loggedSevereOnceAMinutePerProvider() {
        int logBefore = ServerLogText.read().length();
        for (Dialect dialect : Dialect.values()) {
            for (String code : new String[] {"invalid-input-secret", "missing-input-secret", "bad-request"}) {
                STUB.answer(dialect, "sv-refused-" + code, code);
                assertEquals(
                        200,
                        Http.post(call(dialect, "allow", "sv-refused-" + code)).status());
                JsonObject event = lastEvent();
                assertTrue(event.getBoolean("degraded"));
                assertEquals("misconfigured", event.getString("reason"));
                assertEquals(code, event.getString("providerCode"));
            }
            Http.post(call(dialect, "deny", "sv-refused-bad-request"))
                    .assertProblem(503, "captcha_unavailable", 5031, name(dialect));
        }
        STUB.answer(Dialect.HCAPTCHA, "sv-mismatch", "sitekey-secret-mismatch");
        Http.post(call(Dialect.HCAPTCHA, "deny", "sv-mismatch"))
                .assertProblem(503, "captcha_unavailable", 5031, "hcaptcha");
        String logged = ServerLogText.read().substring(logBefore);
        assertEquals(3, logged.split("CAPTCHA-E110", -1).length - 1, "one SEVERE per provider: " + logged);
    }

    @Test
    @Order(30)
    void secretsAndTokens_neverReachTheServerLog() {
        String log = ServerLogText.read();
        assertTrue(log.contains("CAPTCHA-I110"), "this is not the log the application writes to");
        for (Dialect dialect : Dialect.values()) {
            assertFalse(log.contains(dialect.secret()), dialect + "'s secret is in the server log");
            assertFalse(log.contains("sv-pass-" + dialect), "a token is in the server log");
        }
    }

    private void assertRejected(Dialect dialect, String token, String reason) {
        Http.post(call(dialect, "allow", token)).assertProblem(403, "captcha_invalid", 4002, name(dialect));
        JsonObject event = lastEvent();
        assertEquals(reason, event.getString("reason"), dialect + " " + token);
        assertFalse(event.getBoolean("degraded"));
    }

    private void assertForced(Dialect dialect, String code, String reason) {
        STUB.answer(dialect, "sv-" + code, code);
        assertRejected(dialect, "sv-" + code, reason);
        assertEquals(code, lastEvent().getString("providerCode"));
    }

    private Invocation.Builder call(Dialect dialect, String policy, String token) {
        return http.request(name(dialect) + "/" + policy).header("X-Captcha-Token", token);
    }

    private JsonObject lastEvent() {
        return http.events().getJsonObject("last");
    }

    private static String name(Dialect dialect) {
        return SiteverifyDeployments.verifier(dialect);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
