package org.captchaee.impl.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.aliyun.stub.AliyunStub;
import org.captchaee.impl.aliyun.stub.AliyunStub.Architecture;
import org.captchaee.impl.provider.DisasterTicketMode;
import org.captchaee.impl.provider.OutboundProxy;
import org.captchaee.impl.provider.RequestNotSentException;
import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.spi.CaptchaUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real HTTP clients of both APIs and the mapping of their answers, against the strict stub over loopback. */
class AliyunApiTest {

    private static final Duration TIMEOUT = Duration.ofMillis(1500);

    private final AliyunStub stub = AliyunStub.start();
    private final IntelligentCaptchaApi v2 =
            v2(AliyunStub.ACCESS_KEY_ID, AliyunStub.ACCESS_KEY_SECRET, Clock.systemUTC());
    private final AuthenticateSigApi v1 = v1(AliyunStub.ACCESS_KEY_SECRET);

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void solvedParam_passesOnce_forwardedByteForByte_withTheSceneId_signedWithAcs3() {
        String param = "{\"sceneId\":\"scene-1\",\"certifyId\":\"a+b/c= d&e\",\"deviceToken\":\"x*~%\"}";
        stub.issue(param, "scene-1");
        assertEquals(Verdict.passed("T001"), verdictOf(() -> v2.verify(param)));
        AliyunStub.Recorded request = stub.lastRequest();
        assertEquals("ACS3-HMAC-SHA256", request.signature());
        assertEquals("VerifyIntelligentCaptcha", request.action());
        assertEquals(param, request.parameters().get("CaptchaVerifyParam"));
        assertEquals("scene-1", request.parameters().get("SceneId"));
        assertEquals(
                Verdict.rejected(VerdictReason.REPLAYED, "F018"),
                verdictOf(() -> v2.verify(param)),
                "a parameter verifies once");
    }

    @Test
    void architectureV2_replayIsF008() {
        stub.issue("v2-param", "scene-1", Architecture.V2);
        assertTrue(verdictOf(() -> v2.verify("v2-param")).isPassed());
        assertEquals(Verdict.rejected(VerdictReason.REPLAYED, "F008"), verdictOf(() -> v2.verify("v2-param")));
    }

    @Test
    void everyDocumentedVerifyCode_isMappedToItsClass_andNoneIsAnOutage() {
        Map<String, VerdictReason> expected = Map.ofEntries(
                Map.entry("F001", VerdictReason.RISKY),
                Map.entry("F002", VerdictReason.MALFORMED),
                Map.entry("F003", VerdictReason.MALFORMED),
                Map.entry("F004", VerdictReason.MISCONFIGURED),
                Map.entry("F005", VerdictReason.MISCONFIGURED),
                Map.entry("F006", VerdictReason.MISCONFIGURED),
                Map.entry("F007", VerdictReason.EXPIRED),
                Map.entry("F008", VerdictReason.REPLAYED),
                Map.entry("F009", VerdictReason.RISKY),
                Map.entry("F010", VerdictReason.RISKY),
                Map.entry("F011", VerdictReason.RISKY),
                Map.entry("F012", VerdictReason.MISCONFIGURED),
                Map.entry("F013", VerdictReason.MALFORMED),
                Map.entry("F014", VerdictReason.EXPIRED),
                Map.entry("F015", VerdictReason.INVALID),
                Map.entry("F016", VerdictReason.INVALID),
                Map.entry("F017", VerdictReason.RISKY),
                Map.entry("F018", VerdictReason.REPLAYED),
                Map.entry("F019", VerdictReason.EXPIRED),
                Map.entry("F020", VerdictReason.MISCONFIGURED),
                Map.entry("F022", VerdictReason.INVALID),
                Map.entry("F023", VerdictReason.DISASTER_TICKET),
                Map.entry("F024", VerdictReason.RISKY));
        for (String code : AliyunStub.VERIFY_CODES) {
            stub.answer("fixed-" + code, code);
            Verdict verdict = verdictOf(() -> v2.verify("fixed-" + code));
            if (code.startsWith("T")) {
                assertEquals(Verdict.passed(code), verdict);
            } else {
                assertEquals(Verdict.rejected(expected.get(code), code), verdict);
            }
        }
        assertEquals(expected.size() + 3, AliyunStub.VERIFY_CODES.size(), "every code of the table is tested");
    }

    @Test
    void unknownAndExpiredParams_areRejected() {
        assertEquals(Verdict.rejected(VerdictReason.MALFORMED, "F003"), verdictOf(() -> v2.verify("forged")));
        stub.issueAt("late", "scene-1", Architecture.V3, System.currentTimeMillis() / 1000 - 91);
        assertEquals(Verdict.rejected(VerdictReason.EXPIRED, "F019"), verdictOf(() -> v2.verify("late")));
        stub.issue("other-scene", "scene-2");
        assertEquals(Verdict.rejected(VerdictReason.MISCONFIGURED, "F012"), verdictOf(() -> v2.verify("other-scene")));
    }

    @Test
    void providerFailures_areOutages() {
        assertOutage(Fault.INTERNAL_ERROR, VerdictReason.PROVIDER_ERROR, "InternalError");
        assertOutage(Fault.BUSY, VerdictReason.PROVIDER_ERROR, "ServiceUnavailable");
        assertOutage(Fault.THROTTLED, VerdictReason.PROVIDER_BUSY, "Throttling");
        assertOutage(Fault.HTTP_500, VerdictReason.PROVIDER_ERROR, "HTTP 500");
        assertOutage(Fault.MALFORMED_JSON, VerdictReason.PROVIDER_ERROR, "bad-response");
        stub.rawBody("{\"RequestId\":\"r\",\"Success\":true,\"Code\":\"Success\",\"Message\":\"success\"}");
        assertOutage(Fault.RAW_BODY, VerdictReason.PROVIDER_ERROR, "bad-response");
        stub.rawBody("{\"Result\":{\"VerifyResult\":\"true\",\"VerifyCode\":\"T001\"}}");
        assertOutage(Fault.RAW_BODY, VerdictReason.PROVIDER_ERROR, "bad-response");
    }

    @Test
    void aPassThatIsNotSaidTwice_isRejected() {
        stub.rawBody("{\"Code\":\"Success\",\"Result\":{\"VerifyResult\":true,\"VerifyCode\":\"F001\"}}");
        stub.fault(Fault.RAW_BODY);
        assertEquals(Verdict.rejected(VerdictReason.INVALID, "F001"), verdictOf(() -> v2.verify("p")));
    }

    @Test
    void ourCredentialsOrClockRefused_areMisconfiguredOutages() {
        assertEquals(Verdict.unavailable(VerdictReason.MISCONFIGURED, "SignatureDoesNotMatch"), verdictOf(() -> v2(
                        AliyunStub.ACCESS_KEY_ID, "wrong-secret", Clock.systemUTC())
                .verify("p")));
        assertEquals(
                Verdict.unavailable(VerdictReason.MISCONFIGURED, "InvalidAccessKeyId.NotFound"),
                verdictOf(() -> v2("LTAI5tUnknown", AliyunStub.ACCESS_KEY_SECRET, Clock.systemUTC())
                        .verify("p")));
        Clock skewed = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16));
        assertEquals(Verdict.unavailable(VerdictReason.MISCONFIGURED, "InvalidTimeStamp.Expired"), verdictOf(() -> v2(
                        AliyunStub.ACCESS_KEY_ID, AliyunStub.ACCESS_KEY_SECRET, skewed)
                .verify("p")));
        stub.revokeKey(true);
        assertEquals(
                Verdict.unavailable(VerdictReason.MISCONFIGURED, "InvalidAccessKeyId.Inactive"),
                verdictOf(() -> v2.verify("p")));
        assertEquals(
                Verdict.unavailable(VerdictReason.MISCONFIGURED, "InvalidAccessKeyId.Inactive"),
                verdictOf(() -> v1.authenticate(ticket("t"))));
    }

    @Test
    void aClosedPort_isTheOneRetryableFailure() {
        stub.closePort();
        try {
            assertThrows(RequestNotSentException.class, () -> v2.verify("p"));
            assertThrows(RequestNotSentException.class, () -> v1.authenticate(ticket("t")));
        } finally {
            stub.reopen();
        }
    }

    @Test
    void v1_solvedToken_passesOnce_withEveryParameterInTheSignedFormBody() {
        stub.issueSig("token-1", "session-1", "sig-1", "nc_login");
        assertEquals(Verdict.passed("100"), verdictOf(() -> v1.authenticate(ticket("token-1"))));
        AliyunStub.Recorded request = stub.lastRequest();
        assertEquals("HMAC-SHA1", request.signature());
        assertEquals("AuthenticateSig", request.action());
        assertEquals("203.0.113.9", request.parameters().get("RemoteIp"));
        assertEquals(AliyunStub.APP_KEY, request.parameters().get("AppKey"));
        assertEquals("nc_login", request.parameters().get("Scene"));
        assertEquals(
                Verdict.rejected(VerdictReason.REPLAYED, "900"), verdictOf(() -> v1.authenticate(ticket("token-1"))));
    }

    @Test
    void v1_failures_areRejected_andCode500IsAnOutage() {
        assertEquals(
                Verdict.rejected(VerdictReason.INVALID, "900"), verdictOf(() -> v1.authenticate(ticket("forged"))));
        stub.answerSig("old", 900, "Sig timeout.");
        assertEquals(Verdict.rejected(VerdictReason.EXPIRED, "900"), verdictOf(() -> v1.authenticate(ticket("old"))));
        stub.answerSig("bad", 400, "Invalid parameter.");
        assertEquals(Verdict.rejected(VerdictReason.MALFORMED, "400"), verdictOf(() -> v1.authenticate(ticket("bad"))));
        stub.answerSig("down", 500, "system error");
        assertEquals(
                Verdict.unavailable(VerdictReason.PROVIDER_ERROR, "500"),
                verdictOf(() -> v1.authenticate(ticket("down"))));
        assertEquals(
                Verdict.unavailable(VerdictReason.MISCONFIGURED, "SignatureDoesNotMatch"),
                verdictOf(() -> v1("wrong-secret").authenticate(ticket("x"))));
    }

    @Test
    void gatewayErrorsAboutParameters_areRejections() {
        stub.rawBody("{\"RequestId\":\"r\",\"Code\":\"InvalidParameter\",\"Message\":\"bad\"}");
        stub.fault(Fault.RAW_BODY);
        assertEquals(Verdict.rejected(VerdictReason.MALFORMED, "InvalidParameter"), verdictOf(() -> v2.verify("p")));
        assertFalse(verdictOf(() -> v2.verify("p")).degraded());
    }

    private void assertOutage(Fault fault, VerdictReason reason, String code) {
        stub.fault(fault);
        assertEquals(Verdict.unavailable(reason, code), verdictOf(() -> v2.verify("p")), fault.name());
        stub.fault(Fault.NONE);
    }

    /** What the client and verifier make of a call: an outage thrown or meant by the answer, or the mapped verdict. */
    private static Verdict verdictOf(Supplier<AliyunAnswer> call) {
        try {
            AliyunAnswer answer = call.get();
            return AliyunResults.ANSWERS
                    .outage(answer)
                    .map(AliyunApiTest::unavailable)
                    .orElseGet(() -> AliyunResults.ANSWERS.verdict(answer));
        } catch (CaptchaUnavailableException e) {
            return unavailable(e);
        }
    }

    private static Verdict unavailable(CaptchaUnavailableException outage) {
        return Verdict.unavailable(outage.reason(), outage.providerCode().orElse(null));
    }

    private static SigTicket ticket(String token) {
        return new SigTicket("session-1", "sig-1", token, "203.0.113.9");
    }

    private IntelligentCaptchaApi v2(String keyId, String secret, Clock clock) {
        AliyunSettings settings = new AliyunSettings(
                new AliyunCredentials(keyId, secret),
                "scene-1",
                URI.create(stub.endpoint()),
                TIMEOUT,
                DisasterTicketMode.DURING_OUTAGE,
                Duration.ofMinutes(10),
                OutboundProxy.jvmSettings());
        return new IntelligentCaptchaApi(settings, clock);
    }

    private AuthenticateSigApi v1(String secret) {
        AliyunV1Settings settings = new AliyunV1Settings(
                new AliyunCredentials(AliyunStub.ACCESS_KEY_ID, secret),
                AliyunStub.APP_KEY,
                "nc_login",
                URI.create(stub.endpoint()),
                TIMEOUT,
                OutboundProxy.jvmSettings());
        return new AuthenticateSigApi(settings, Clock.systemUTC());
    }
}
