package org.captchaee.impl.siteverify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.provider.RequestNotSentException;
import org.captchaee.impl.siteverify.stub.PublishedTestKeys;
import org.captchaee.impl.siteverify.stub.SiteverifyStub;
import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.spi.CaptchaUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The real HTTP client against the stub of the three dialects, over loopback. */
class SiteverifyApiTest {

    private static final String CLIENT_IP = "203.0.113.7";

    private final SiteverifyStub stub = SiteverifyStub.start();
    private final Map<String, String> values = SiteverifyTestSettings.forStub(stub);

    @AfterEach
    void stop() {
        stub.close();
    }

    @ParameterizedTest
    @EnumSource(SiteverifyDialect.class)
    void solvedToken_passesOnce_andTheRequestCarriesEveryField(SiteverifyDialect dialect) {
        stub.issue(stubDialect(dialect), "solved-1");
        assertEquals(Verdict.passed("success"), verdict(dialect, "solved-1"));
        Map<String, String> request = stub.lastRequest();
        assertEquals(stubDialect(dialect).secret(), request.get("secret"));
        assertEquals("solved-1", request.get("response"));
        assertEquals(CLIENT_IP, request.get("remoteip"));
        assertEquals(
                dialect == SiteverifyDialect.HCAPTCHA ? SiteverifyStub.HCAPTCHA_SITEKEY : null, request.get("sitekey"));
        assertEquals(dialect == SiteverifyDialect.TURNSTILE, request.containsKey("idempotency_key"));
        assertEquals(Verdict.Outcome.REJECTED, verdict(dialect, "solved-1").outcome());
        assertEquals(VerdictReason.REPLAYED, verdict(dialect, "solved-1").reason());
    }

    @ParameterizedTest
    @EnumSource(SiteverifyDialect.class)
    void everyRejectionClass_isARejection_withItsReason(SiteverifyDialect dialect) {
        SiteverifyStub.Dialect wire = stubDialect(dialect);
        assertEquals(Verdict.rejected(VerdictReason.INVALID, "invalid-input-response"), verdict(dialect, "forged"));
        stub.issueAt(wire, "old", now() - wire.lifetimeSeconds() - 1);
        assertEquals(
                dialect == SiteverifyDialect.HCAPTCHA ? VerdictReason.EXPIRED : VerdictReason.REPLAYED,
                verdict(dialect, "old").reason());
        stub.issue(wire, "spent-elsewhere");
        stub.spend(wire, "spent-elsewhere");
        assertEquals(VerdictReason.REPLAYED, verdict(dialect, "spent-elsewhere").reason());
        stub.issueOnHost(wire, "elsewhere", "evil.example");
        assertEquals(Verdict.rejected(VerdictReason.MISCONFIGURED, "hostname"), verdict(dialect, "elsewhere"));
        assertForced(dialect, VerdictReason.MISSING, "missing-input-response");
        assertForced(dialect, VerdictReason.EXPIRED, "expired-input-response");
        assertForced(dialect, VerdictReason.REPLAYED, "already-seen-response");
        assertForced(dialect, VerdictReason.REPLAYED, "timeout-or-duplicate");
        assertForced(dialect, VerdictReason.INVALID, "invalid-or-already-seen-response");
        assertForced(dialect, VerdictReason.INVALID, "not-using-dummy-passcode");
        assertForced(dialect, VerdictReason.INVALID, "a-code-nobody-knows");
        assertForced(dialect, VerdictReason.INVALID, "invalid-input-response", "internal-error");
    }

    @Test
    void hcaptchaTokenOfAnotherSiteOfTheAccount_isRejected() {
        stub.issueForSitekey("other-site", SiteverifyStub.OTHER_HCAPTCHA_SITEKEY);
        assertEquals(
                VerdictReason.INVALID,
                verdict(SiteverifyDialect.HCAPTCHA, "other-site").reason());
    }

    @Test
    void recaptchaV3_checksActionAndScore_v2HasNeither() {
        stub.issueV3("v3-good", "login", 0.9);
        assertEquals(Verdict.passed("score=0.9"), verdict(SiteverifyDialect.RECAPTCHA, "v3-good"));
        stub.issueV3("v3-low", "login", 0.3);
        assertEquals(
                Verdict.rejected(VerdictReason.RISKY, "score=0.3"), verdict(SiteverifyDialect.RECAPTCHA, "v3-low"));
        stub.issueV3("v3-edge", "login", 0.5);
        assertEquals(Verdict.passed("score=0.5"), verdict(SiteverifyDialect.RECAPTCHA, "v3-edge"));
        stub.issueV3("v3-action", "newsletter", 0.9);
        assertEquals(
                Verdict.rejected(VerdictReason.MISCONFIGURED, "action"),
                verdict(SiteverifyDialect.RECAPTCHA, "v3-action"));
        stub.issueV3("v3-any", "newsletter", 0.9);
        assertEquals(Verdict.passed("score=0.9"), verdict(SiteverifyDialect.RECAPTCHA, "v3-any", ""));
    }

    @ParameterizedTest
    @EnumSource(SiteverifyDialect.class)
    void ourRequestRefused_isAMisconfigurationOutage(SiteverifyDialect dialect) {
        for (String code : new String[] {"missing-input-secret", "invalid-input-secret", "bad-request"}) {
            stub.answer(stubDialect(dialect), "refused-" + code, code);
            assertOutage(dialect, "refused-" + code, VerdictReason.MISCONFIGURED, code);
        }
        values.put(dialect.key("secret"), "not-the-secret");
        assertOutage(dialect, "any", VerdictReason.MISCONFIGURED, "invalid-input-secret");
    }

    @Test
    void hcaptchaSitekeyNotOfOurSecret_isAMisconfigurationOutage() {
        values.put(ConfigKeys.HCAPTCHA_SITEKEY, "5e1f0c6a-0000-0000-0000-notoursitekey");
        assertOutage(SiteverifyDialect.HCAPTCHA, "any", VerdictReason.MISCONFIGURED, "sitekey-secret-mismatch");
    }

    @ParameterizedTest
    @EnumSource(SiteverifyDialect.class)
    void providerFaults_areOutages(SiteverifyDialect dialect) {
        stub.fault(Fault.INTERNAL_ERROR);
        assertOutage(dialect, "any", VerdictReason.PROVIDER_ERROR, "internal-error");
        stub.fault(Fault.THROTTLED);
        assertThrown(dialect, VerdictReason.PROVIDER_BUSY, "HTTP 429");
        stub.fault(Fault.BUSY);
        assertThrown(dialect, VerdictReason.PROVIDER_BUSY, "HTTP 503");
        stub.fault(Fault.HTTP_500);
        assertThrown(dialect, VerdictReason.PROVIDER_ERROR, "HTTP 500");
        stub.fault(Fault.MALFORMED_JSON);
        assertThrown(dialect, VerdictReason.PROVIDER_ERROR, "bad-response");
    }

    @Test
    void bodiesOfTheWrongShape_areOutages_andA4xxWithAnAnswerIsRead() {
        stub.fault(Fault.RAW_BODY);
        for (String body : new String[] {
            "",
            "[]",
            "{}",
            "{\"success\": \"true\"}",
            "{\"success\": 1}",
            "{\"success\": false, \"error-codes\": \"x\"}",
            "{\"success\": false, \"error-codes\": [1]}",
            "{\"success\": true, \"hostname\": 7}",
            "{\"success\": true, \"score\": \"0.9\"}",
            "<html>captive portal</html>"
        }) {
            stub.rawBody(body);
            assertThrown(SiteverifyDialect.RECAPTCHA, VerdictReason.PROVIDER_ERROR, "bad-response");
        }
        stub.rawBody("{\"success\": true, \"hostname\": \"shop.example\", \"error-codes\": null, \"x\": {}}");
        assertEquals(Verdict.passed("success"), verdict(SiteverifyDialect.TURNSTILE, "raw"));
        stub.rawBody("{\"success\": false}");
        assertEquals(
                Verdict.rejected(VerdictReason.INVALID, "no-error-codes"), verdict(SiteverifyDialect.RECAPTCHA, "raw"));
        stub.rawBody("{\"success\": true, \"hostname\": \"shop.example\", \"score\": \"high\"}");
        assertEquals(
                Verdict.passed("success"), verdict(SiteverifyDialect.HCAPTCHA, "raw"), "hCaptcha's score is unread");
    }

    @Test
    void turnstileIdempotencyKey_getsTheFirstAnswerAgain_anotherKeyDoesNot() {
        stub.issue(SiteverifyStub.Dialect.TURNSTILE, "0.retried");
        SiteverifyApi api = api(SiteverifyDialect.TURNSTILE);
        String key = UUID.randomUUID().toString();
        SiteverifyQuery query = new SiteverifyQuery("0.retried", CLIENT_IP, Optional.of(key));
        assertEquals(Verdict.passed("success"), verdict(SiteverifyDialect.TURNSTILE, api.verify(query), "login"));
        assertEquals(Verdict.passed("success"), verdict(SiteverifyDialect.TURNSTILE, api.verify(query), "login"));
        SiteverifyQuery anotherKey = new SiteverifyQuery(
                "0.retried", CLIENT_IP, Optional.of(UUID.randomUUID().toString()));
        assertEquals(
                VerdictReason.REPLAYED,
                verdict(SiteverifyDialect.TURNSTILE, api.verify(anotherKey), "").reason());
        SiteverifyQuery badKey = new SiteverifyQuery("0.retried", CLIENT_IP, Optional.of("not-a-uuid"));
        assertEquals(Optional.of(VerdictReason.MISCONFIGURED), outageReason(api.verify(badKey)));
    }

    @Test
    void aLostAnswer_isAnOutage_andTheRetryWithTheSameKeyGetsIt() {
        stub.issue(SiteverifyStub.Dialect.TURNSTILE, "0.lost");
        stub.loseFirstAnswer(SiteverifyStub.Dialect.TURNSTILE, "0.lost");
        SiteverifyApi api = api(SiteverifyDialect.TURNSTILE);
        SiteverifyQuery query = new SiteverifyQuery(
                "0.lost", CLIENT_IP, Optional.of(UUID.randomUUID().toString()));
        CaptchaUnavailableException lost = assertThrows(CaptchaUnavailableException.class, () -> api.verify(query));
        assertEquals(Optional.of("HTTP 502"), lost.providerCode());
        assertEquals(Verdict.passed("success"), verdict(SiteverifyDialect.TURNSTILE, api.verify(query), ""));
        assertEquals(
                stub.requests().get(0).get("idempotency_key"),
                stub.requests().get(1).get("idempotency_key"));
    }

    @Test
    void aLostAnswerWithoutAKey_leavesTheTokenSpent() {
        stub.issue(SiteverifyStub.Dialect.RECAPTCHA, "lost");
        stub.loseFirstAnswer(SiteverifyStub.Dialect.RECAPTCHA, "lost");
        assertThrown(SiteverifyDialect.RECAPTCHA, "lost", VerdictReason.PROVIDER_ERROR, "HTTP 502");
        assertEquals(
                VerdictReason.REPLAYED,
                verdict(SiteverifyDialect.RECAPTCHA, "lost").reason());
    }

    @Test
    void publishedTestKeys_workAgainstTheStub() {
        values.put("captcha.recaptcha.secret", PublishedTestKeys.RECAPTCHA_SECRET);
        values.put("captcha.recaptcha.hostnames", "");
        assertEquals(Verdict.passed("success"), verdict(SiteverifyDialect.RECAPTCHA, "anything"));
        values.put("captcha.hcaptcha.secret", PublishedTestKeys.HCAPTCHA_SECRET);
        values.put(ConfigKeys.HCAPTCHA_SITEKEY, PublishedTestKeys.HCAPTCHA_SITEKEY);
        values.put("captcha.hcaptcha.hostnames", "dummy-key-pass");
        assertEquals(Verdict.passed("success"), verdict(SiteverifyDialect.HCAPTCHA, PublishedTestKeys.HCAPTCHA_TOKEN));
        assertEquals(
                VerdictReason.INVALID,
                verdict(SiteverifyDialect.HCAPTCHA, "real-token").reason());
        values.put("captcha.turnstile.hostnames", "");
        values.put("captcha.turnstile.secret", PublishedTestKeys.TURNSTILE_PASS_SECRET);
        assertEquals(
                Verdict.passed("success"), verdict(SiteverifyDialect.TURNSTILE, PublishedTestKeys.TURNSTILE_TOKEN));
        values.put("captcha.turnstile.secret", PublishedTestKeys.TURNSTILE_FAIL_SECRET);
        assertEquals(
                VerdictReason.INVALID,
                verdict(SiteverifyDialect.TURNSTILE, PublishedTestKeys.TURNSTILE_TOKEN)
                        .reason());
        values.put("captcha.turnstile.secret", PublishedTestKeys.TURNSTILE_SPENT_SECRET);
        assertEquals(
                VerdictReason.REPLAYED,
                verdict(SiteverifyDialect.TURNSTILE, PublishedTestKeys.TURNSTILE_TOKEN)
                        .reason());
    }

    @Test
    void hangingProvider_isATimeout_ofTheHttpClientItself() {
        values.put("org.captchaee.impl.siteverify.SiteverifyClient/recaptcha/Timeout/value", "300");
        stub.fault(Fault.HANG);
        assertThrown(SiteverifyDialect.RECAPTCHA, VerdictReason.TIMEOUT, "read-timeout");
    }

    @Test
    void closedPort_isARequestThatWasNeverSent() {
        stub.closePort();
        assertThrows(RequestNotSentException.class, () -> api(SiteverifyDialect.HCAPTCHA)
                .verify(query(SiteverifyDialect.HCAPTCHA, "any")));
    }

    @Test
    void aTokenIsNeverPartOfTheQueryText() {
        assertNotEquals(
                -1,
                query(SiteverifyDialect.TURNSTILE, "SECRET-TOKEN").toString().indexOf(CLIENT_IP));
        assertEquals(
                -1,
                query(SiteverifyDialect.TURNSTILE, "SECRET-TOKEN").toString().indexOf("SECRET-TOKEN"));
    }

    private void assertForced(SiteverifyDialect dialect, VerdictReason reason, String... codes) {
        String token = "forced-" + String.join("+", codes);
        stub.answer(stubDialect(dialect), token, codes);
        Verdict verdict = verdict(dialect, token);
        assertEquals(Verdict.Outcome.REJECTED, verdict.outcome(), token);
        assertEquals(reason, verdict.reason(), token);
    }

    private void assertOutage(SiteverifyDialect dialect, String token, VerdictReason reason, String code) {
        SiteverifyAnswer answer = api(dialect).verify(query(dialect, token));
        CaptchaUnavailableException outage =
                SiteverifyResults.OUTAGES.outage(answer).orElseThrow();
        assertEquals(reason, outage.reason());
        assertEquals(Optional.of(code), outage.providerCode());
    }

    private void assertThrown(SiteverifyDialect dialect, VerdictReason reason, String code) {
        assertThrown(dialect, "any", reason, code);
    }

    private void assertThrown(SiteverifyDialect dialect, String token, VerdictReason reason, String code) {
        CaptchaUnavailableException e = assertThrows(
                CaptchaUnavailableException.class, () -> api(dialect).verify(query(dialect, token)));
        assertEquals(reason, e.reason());
        assertEquals(Optional.of(code), e.providerCode());
    }

    private Verdict verdict(SiteverifyDialect dialect, String token) {
        return verdict(dialect, token, "login");
    }

    private Verdict verdict(SiteverifyDialect dialect, String token, String expectedAction) {
        return verdict(dialect, api(dialect).verify(query(dialect, token)), expectedAction);
    }

    private Verdict verdict(SiteverifyDialect dialect, SiteverifyAnswer answer, String expectedAction) {
        assertEquals(Optional.empty(), outageReason(answer), () -> "unexpected outage for " + answer);
        return new SiteverifyResults(settings(dialect), expectedAction).verdict(answer);
    }

    private static Optional<VerdictReason> outageReason(SiteverifyAnswer answer) {
        return SiteverifyResults.OUTAGES.outage(answer).map(CaptchaUnavailableException::reason);
    }

    private SiteverifyApi api(SiteverifyDialect dialect) {
        return new SiteverifyApi(settings(dialect));
    }

    private SiteverifySettings settings(SiteverifyDialect dialect) {
        return SiteverifyTestSettings.settings(dialect, values);
    }

    private static SiteverifyQuery query(SiteverifyDialect dialect, String token) {
        return new SiteverifyQuery(
                token,
                CLIENT_IP,
                dialect.idempotent() ? Optional.of(UUID.randomUUID().toString()) : Optional.empty());
    }

    private static SiteverifyStub.Dialect stubDialect(SiteverifyDialect dialect) {
        return SiteverifyTestSettings.stubDialect(dialect);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
