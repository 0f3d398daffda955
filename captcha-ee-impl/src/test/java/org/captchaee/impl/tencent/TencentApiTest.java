package org.captchaee.impl.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.json.JsonObject;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.provider.DisasterTicketMode;
import org.captchaee.impl.provider.RequestNotSentException;
import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.spi.CaptchaUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real HTTP client against the wire-exact stub, over loopback. */
class TencentApiTest {

    private final TencentStub stub = TencentStub.start();
    private final TencentApi api = new TencentApi(TencentTestSettings.forStub(stub), Clock.systemUTC());

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void solvedTicket_passesOnce_andTheRequestCarriesEveryField() {
        stub.issue("tr03solved", "@abc");
        assertEquals(Verdict.passed("1"), verdict("tr03solved", "@abc"));
        JsonObject request = stub.lastRequest();
        assertEquals(9, request.getInt("CaptchaType"));
        assertEquals("203.0.113.7", request.getString("UserIp"));
        assertEquals(TencentStub.APP_ID, request.getJsonNumber("CaptchaAppId").longValue());
        assertEquals(TencentStub.APP_SECRET_KEY, request.getString("AppSecretKey"));
        assertEquals(Verdict.rejected(VerdictReason.REPLAYED, "9"), verdict("tr03solved", "@abc"));
    }

    @Test
    void everyRejectionClass_isARejection() {
        stub.issue("tr03randstr", "@abc");
        assertEquals(Verdict.rejected(VerdictReason.INVALID, "7"), verdict("tr03randstr", "@zzz"));
        stub.issueAt("tr03old", "@abc", now() - 301);
        assertEquals(Verdict.rejected(VerdictReason.EXPIRED, "8"), verdict("tr03old", "@abc"));
        assertEquals(Verdict.rejected(VerdictReason.INVALID, "15"), verdict("tr03forged", "@abc"));
        stub.issueMalicious("tr03bot", "@abc");
        assertEquals(Verdict.rejected(VerdictReason.RISKY, "1/EvilLevel=100"), verdict("tr03bot", "@abc"));
        for (int code : new int[] {0, 6, 10, 11, 12, 13, 17, 18, 19, 20, 22, 23, 24, 10001}) {
            stub.answer("tr03code" + code, code);
            assertEquals(
                    Verdict.Outcome.REJECTED, verdict("tr03code" + code, "@abc").outcome(), "code " + code);
        }
        stub.answer("tr03c16", 16);
        assertEquals(Verdict.rejected(VerdictReason.MISCONFIGURED, "16"), verdict("tr03c16", "@abc"));
        stub.answer("tr03c100", 100);
        assertEquals(Verdict.rejected(VerdictReason.MISCONFIGURED, "100"), verdict("tr03c100", "@abc"));
        stub.answer("tr03c21", 21);
        assertEquals(Verdict.rejected(VerdictReason.RISKY, "21"), verdict("tr03c21", "@abc"));
        stub.answer("tr03c104", 104);
        assertEquals(Verdict.rejected(VerdictReason.REPLAYED, "104"), verdict("tr03c104", "@abc"));
    }

    @Test
    void busyAndProviderErrors_areOutages() {
        stub.fault(Fault.BUSY);
        assertOutage(VerdictReason.PROVIDER_BUSY, "26");
        stub.fault(Fault.INTERNAL_ERROR);
        assertOutage(VerdictReason.PROVIDER_ERROR, "InternalError");
        stub.fault(Fault.THROTTLED);
        assertOutage(VerdictReason.PROVIDER_BUSY, "RequestLimitExceeded");
    }

    @Test
    void httpErrorsAndForeignBodies_areOutages() {
        stub.fault(Fault.HTTP_500);
        assertThrown(VerdictReason.PROVIDER_ERROR, "HTTP 500");
        stub.fault(Fault.MALFORMED_JSON);
        assertThrown(VerdictReason.PROVIDER_ERROR, "bad-response");
    }

    @Test
    void bodiesOfTheWrongShape_areOutages_andAnErrorEnvelopeIsRead() {
        stub.fault(Fault.RAW_BODY);
        for (String body : new String[] {
            "[]",
            "{}",
            "{\"Response\": []}",
            "{\"Response\": {}}",
            "{\"Response\": {\"Error\": {}}}",
            "{\"Response\": {\"CaptchaCode\": \"1\"}}",
            "{\"Response\": {\"CaptchaCode\": 1",
            ""
        }) {
            stub.rawBody(body);
            assertThrown(VerdictReason.PROVIDER_ERROR, "bad-response");
        }
        stub.rawBody("{\"Response\": {\"Error\": {\"Code\": \"InternalError\", \"Message\": \"x\"}}}");
        assertOutage(VerdictReason.PROVIDER_ERROR, "InternalError");
        stub.rawBody("{\"Response\": {\"CaptchaCode\": 1, \"EvilLevel\": 0}, \"retcode\": 0}");
        assertEquals(Verdict.passed("1"), verdict("tr03raw", "@abc"));
    }

    @Test
    void hangingProvider_isATimeout_withinTheBudget() {
        TencentApi quick = new TencentApi(
                TencentTestSettings.forStub(
                        stub, TencentStub.SECRET_KEY, DisasterTicketMode.DURING_OUTAGE, Duration.ofMillis(300)),
                Clock.systemUTC());
        stub.fault(Fault.HANG);
        long start = System.nanoTime();
        CaptchaUnavailableException e = assertThrows(
                CaptchaUnavailableException.class,
                () -> quick.describe(new TencentQuery("tr03x", "@a", "203.0.113.7")));
        assertEquals(VerdictReason.TIMEOUT, e.reason());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000, "the HTTP client's timeout held");
    }

    @Test
    void closedPort_isARequestThatWasNeverSent() {
        stub.closePort();
        assertThrows(RequestNotSentException.class, () -> api.describe(new TencentQuery("tr03x", "@a", "203.0.113.7")));
    }

    @Test
    void wrongSecretKey_isOurMisconfiguration_anOutage() {
        TencentApi wrongKey = new TencentApi(
                TencentTestSettings.forStub(
                        stub, "not-the-key", DisasterTicketMode.DURING_OUTAGE, Duration.ofMillis(1500)),
                Clock.systemUTC());
        TencentAnswer answer = wrongKey.describe(new TencentQuery("tr03x", "@a", "203.0.113.7"));
        assertEquals(TencentAnswer.error("AuthFailure.SignatureFailure"), answer);
        assertEquals(
                VerdictReason.MISCONFIGURED,
                TencentResults.ANSWERS.outage(answer).orElseThrow().reason());
    }

    @Test
    void clockSkewOverFiveMinutes_isSignatureExpire() {
        TencentApi skewed = new TencentApi(
                TencentTestSettings.forStub(stub), Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-400)));
        TencentAnswer answer = skewed.describe(new TencentQuery("tr03x", "@a", "203.0.113.7"));
        assertEquals(TencentAnswer.error("AuthFailure.SignatureExpire"), answer);
        assertEquals(
                VerdictReason.MISCONFIGURED,
                TencentResults.ANSWERS.outage(answer).orElseThrow().reason());
    }

    @Test
    void parameterErrors_areRejections_sinceClientsChooseTheTicket() {
        assertEquals(
                Verdict.rejected(VerdictReason.MALFORMED, "InvalidParameter"),
                TencentResults.ANSWERS.verdict(TencentAnswer.error("InvalidParameter")));
        assertEquals(Optional.empty(), TencentResults.ANSWERS.outage(TencentAnswer.error("InvalidParameterValue")));
        assertEquals(Optional.empty(), TencentResults.ANSWERS.outage(TencentAnswer.error("SomethingNew")));
        assertEquals(
                Verdict.Outcome.REJECTED,
                TencentResults.ANSWERS
                        .verdict(TencentAnswer.error("SomethingNew"))
                        .outcome());
    }

    private Verdict verdict(String ticket, String randstr) {
        TencentAnswer answer = api.describe(new TencentQuery(ticket, randstr, "203.0.113.7"));
        assertEquals(Optional.empty(), TencentResults.ANSWERS.outage(answer), () -> "unexpected outage for " + answer);
        return TencentResults.ANSWERS.verdict(answer);
    }

    private void assertOutage(VerdictReason reason, String code) {
        TencentAnswer answer = api.describe(new TencentQuery("tr03x", "@a", "203.0.113.7"));
        CaptchaUnavailableException outage =
                TencentResults.ANSWERS.outage(answer).orElseThrow();
        assertEquals(reason, outage.reason());
        assertEquals(Optional.of(code), outage.providerCode());
    }

    private void assertThrown(VerdictReason reason, String code) {
        CaptchaUnavailableException e = assertThrows(
                CaptchaUnavailableException.class, () -> api.describe(new TencentQuery("tr03x", "@a", "203.0.113.7")));
        assertEquals(reason, e.reason());
        assertEquals(Optional.of(code), e.providerCode());
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
