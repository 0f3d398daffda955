package org.captchaee.impl.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;

import org.captchaee.impl.aliyun.stub.AliyunStub;
import org.captchaee.impl.aliyun.stub.AliyunStub.Architecture;
import org.captchaee.impl.stub.StubServer.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The library's signers against the stub's own signature checks, over loopback with java.net.http. */
class AliyunStubTest {

    private final AtomicLong clock = new AtomicLong(Instant.now().getEpochSecond());
    private final AliyunStub stub = AliyunStub.start(clock::get);
    private final Acs3Signer acs3 = new Acs3Signer(AliyunStub.ACCESS_KEY_ID, AliyunStub.ACCESS_KEY_SECRET);
    private final RpcSigner rpc = new RpcSigner(AliyunStub.ACCESS_KEY_ID, AliyunStub.ACCESS_KEY_SECRET);
    private HttpClient client = newClient();

    @AfterEach
    void stop() {
        stub.close();
    }

    // Captcha 2.0, V3 signature -----------------------------------------------------------------------------------

    @Test
    void goodRequest_passesOnce_andIsRecorded() throws Exception {
        stub.issue("param-ok", "scene-1");
        HttpResponse<String> response = send(verifyRequest("param-ok", "scene-1", now()), acs3);
        assertEquals(200, response.statusCode());
        JsonObject body = json(response);
        assertEquals(true, body.getBoolean("Success"));
        assertEquals("Success", body.getString("Code"));
        assertEquals("success", body.getString("Message"));
        assertEquals(
                body.getString("RequestId"),
                response.headers().firstValue("x-acs-request-id").orElseThrow());
        assertEquals(true, body.getJsonObject("Result").getBoolean("VerifyResult"));
        assertEquals("T001", body.getJsonObject("Result").getString("VerifyCode"));
        AliyunStub.Recorded recorded = stub.lastRequest();
        assertEquals("ACS3-HMAC-SHA256", recorded.signature());
        assertEquals("VerifyIntelligentCaptcha", recorded.action());
        assertEquals(Map.of("CaptchaVerifyParam", "param-ok", "SceneId", "scene-1"), recorded.parameters());
        assertEquals("application/x-www-form-urlencoded", recorded.headers().get("content-type"));
        assertEquals("F018", verifyCode(send(verifyRequest("param-ok", "scene-1", now()), acs3)));
    }

    @Test
    void replayAndExpiry_followTheArchitecture() throws Exception {
        stub.issue("v2", "s", Architecture.V2);
        assertEquals("T001", verify("v2", "s"));
        assertEquals("F008", verify("v2", "s"));
        stub.issueAt("v2-old", "s", Architecture.V2, clock.get() - 20 * 60 - 1);
        assertEquals("F014", verify("v2-old", "s"));
        stub.issueAt("v2-late", "s", Architecture.V2, clock.get() - 20 * 60);
        assertEquals("T001", verify("v2-late", "s"));
        stub.issueAt("v3-old", "s", Architecture.V3, clock.get() - 91);
        assertEquals("F019", verify("v3-old", "s"));
        stub.issueAt("v3-late", "s", Architecture.V3, clock.get() - 90);
        assertEquals("T001", verify("v3-late", "s"));
    }

    @Test
    void everyDocumentedVerifyCode_isServed_withItsVerdict() throws Exception {
        assertEquals(26, AliyunStub.VERIFY_CODES.size());
        for (String code : AliyunStub.VERIFY_CODES) {
            stub.answer("fixed-" + code, code);
            for (int i = 0; i < 2; i++) {
                JsonObject result = json(send(verifyRequest("fixed-" + code, "any", now()), acs3))
                        .getJsonObject("Result");
                assertEquals(code, result.getString("VerifyCode"));
                assertEquals(code.startsWith("T"), result.getBoolean("VerifyResult"), code);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> stub.answer("x", "F021"));
    }

    @Test
    void sceneMismatch_unknownAndEmptyParams_haveTheirCodes() throws Exception {
        stub.issue("scene-param", "scene-a");
        assertEquals("F012", verify("scene-param", "scene-b"));
        assertEquals("F003", verify("never-issued", "scene-a"));
        assertEquals("F002", verify("", "scene-a"));
        assertEquals("T001", verify("scene-param", null));
    }

    @Test
    void tamperedBody_isSignatureDoesNotMatch() throws Exception {
        stub.issue("param-t", "s");
        Acs3Request signed = verifyRequest("param-t", "s", now());
        Map<String, String> headers = acs3.sign(signed);
        byte[] tampered = "CaptchaVerifyParam=param-t&SceneId=other".getBytes();
        assertGatewayError(400, "SignatureDoesNotMatch", post("/", headers, tampered));
    }

    @Test
    void wrongSecret_unknownKey_andDisabledKey_areRefused() throws Exception {
        stub.issue("param-k", "s");
        assertGatewayError(
                400,
                "SignatureDoesNotMatch",
                send(verifyRequest("param-k", "s", now()), new Acs3Signer(AliyunStub.ACCESS_KEY_ID, "wrong")));
        assertGatewayError(
                404,
                "InvalidAccessKeyId.NotFound",
                send(
                        verifyRequest("param-k", "s", now()),
                        new Acs3Signer("LTAIunknown", AliyunStub.ACCESS_KEY_SECRET)));
        stub.revokeKey(true);
        assertGatewayError(400, "InvalidAccessKeyId.Inactive", send(verifyRequest("param-k", "s", now()), acs3));
        stub.revokeKey(false);
        assertEquals("T001", verify("param-k", "s"));
        assertEquals(4, stub.calls());
    }

    @Test
    void reusedNonce_isSignatureNonceUsed() throws Exception {
        stub.issue("param-n", "s");
        Acs3Request request = Acs3Request.formPost(
                stub.host(),
                "VerifyIntelligentCaptcha",
                "2023-03-05",
                now(),
                "nonce-1",
                Map.of("CaptchaVerifyParam", "param-n"));
        assertEquals("T001", verifyCode(send(request, acs3)));
        assertGatewayError(400, "SignatureNonceUsed", send(request, acs3));
        clock.addAndGet(60);
        Acs3Request sameNonceLater = Acs3Request.formPost(
                stub.host(),
                "VerifyIntelligentCaptcha",
                "2023-03-05",
                now(),
                "nonce-1",
                Map.of("CaptchaVerifyParam", "x"));
        assertGatewayError(400, "SignatureNonceUsed", send(sameNonceLater, acs3));
    }

    @Test
    void dateSkewedOverFifteenMinutes_isInvalidTimeStampExpired() throws Exception {
        stub.issue("param-d", "s");
        assertGatewayError(
                400, "InvalidTimeStamp.Expired", send(verifyRequest("param-d", "s", now().minusSeconds(901)), acs3));
        assertGatewayError(
                400, "InvalidTimeStamp.Expired", send(verifyRequest("param-d", "s", now().plusSeconds(901)), acs3));
        assertEquals("T001", verifyCode(send(verifyRequest("param-d", "s", now().minusSeconds(14 * 60)), acs3)));
    }

    @Test
    void unknownAction_isInvalidApiNotFound() throws Exception {
        Acs3Request request =
                Acs3Request.formPost(stub.host(), "DescribeCaptcha", "2023-03-05", now(), "n-a", Map.of());
        assertGatewayError(404, "InvalidApi.NotFound", send(request, acs3));
    }

    @Test
    void verifyIntelligentCaptcha_alsoAcceptsTheRpcSignature() throws Exception {
        stub.issue("param-rpc", "s");
        SortedMap<String, String> parameters = rpc.sign(
                "POST",
                "VerifyIntelligentCaptcha",
                "2023-03-05",
                Map.of("CaptchaVerifyParam", "param-rpc", "SceneId", "s"),
                now(),
                "n-rpc");
        assertEquals("T001", verifyCode(postQuery(parameters)));
        assertEquals("HMAC-SHA1", stub.lastRequest().signature());
    }

    // Captcha 1.0, RPC signature ----------------------------------------------------------------------------------

    @Test
    void authenticateSig_passesOnce() throws Exception {
        stub.issueSig("tok-1", "sess-1", "sig/1+=", "nc_login");
        JsonObject body = json(postQuery(sigRequest("tok-1", "sess-1", "sig/1+=", AliyunStub.APP_KEY, now(), "n1")));
        assertEquals(100, body.getInt("Code"));
        assertEquals("pass_1", body.getString("Msg"));
        assertNotNull(body.getString("RequestId"));
        assertEquals("AuthenticateSig", stub.lastRequest().action());
        assertEquals(6, stub.lastRequest().parameters().size());
        JsonObject replay = json(postQuery(sigRequest("tok-1", "sess-1", "sig/1+=", AliyunStub.APP_KEY, now(), "n2")));
        assertEquals(900, replay.getInt("Code"));
        assertEquals("Sig play back.", replay.getString("Msg"));
    }

    @Test
    void authenticateSig_refusesForeignTokens() throws Exception {
        stub.issueSig("tok-2", "sess-2", "sig-2", "nc_login");
        assertEquals(
                900,
                json(postQuery(sigRequest("tok-2", "sess-2", "sig-x", AliyunStub.APP_KEY, now(), "a")))
                        .getInt("Code"));
        assertEquals(
                900,
                json(postQuery(sigRequest("tok-2", "sess-x", "sig-2", AliyunStub.APP_KEY, now(), "b")))
                        .getInt("Code"));
        assertEquals(
                900,
                json(postQuery(sigRequest("tok-2", "sess-2", "sig-2", "OTHER", now(), "c")))
                        .getInt("Code"));
        assertEquals(
                900,
                json(postQuery(sigRequest("tok-x", "sess-2", "sig-2", AliyunStub.APP_KEY, now(), "d")))
                        .getInt("Code"));
        stub.answerSig("tok-500", 500, "system error");
        assertEquals(
                500,
                json(postQuery(sigRequest("tok-500", "s", "s", AliyunStub.APP_KEY, now(), "e")))
                        .getInt("Code"));
        Map<String, String> noIp = new TreeMap<>(
                Map.of("SessionId", "s", "Sig", "s", "Token", "t", "Scene", "nc_login", "AppKey", AliyunStub.APP_KEY));
        assertGatewayError(
                400, "MissingRemoteIp", postQuery(rpc.sign("POST", "AuthenticateSig", "2018-01-12", noIp, now(), "f")));
        assertEquals(
                100,
                json(postQuery(sigRequest("tok-2", "sess-2", "sig-2", AliyunStub.APP_KEY, now(), "g")))
                        .getInt("Code"));
    }

    @Test
    void authenticateSig_refusesTamperedParams_wrongSecret_reusedNonce_andSkew() throws Exception {
        stub.issueSig("tok-3", "sess-3", "sig-3", "nc_login");
        SortedMap<String, String> tampered = sigRequest("tok-3", "sess-3", "sig-3", AliyunStub.APP_KEY, now(), "t1");
        tampered.put("RemoteIp", "198.51.100.1");
        assertGatewayError(400, "SignatureDoesNotMatch", postQuery(tampered));
        SortedMap<String, String> wrongSecret = new RpcSigner(AliyunStub.ACCESS_KEY_ID, "wrong")
                .sign(
                        "POST",
                        "AuthenticateSig",
                        "2018-01-12",
                        sigParameters("tok-3", "sess-3", "sig-3", AliyunStub.APP_KEY),
                        now(),
                        "t2");
        assertGatewayError(400, "SignatureDoesNotMatch", postQuery(wrongSecret));
        assertGatewayError(
                400,
                "InvalidTimeStamp.Expired",
                postQuery(
                        sigRequest("tok-3", "sess-3", "sig-3", AliyunStub.APP_KEY, now().minusSeconds(16 * 60), "t3")));
        SortedMap<String, String> good = sigRequest("tok-3", "sess-3", "sig-3", AliyunStub.APP_KEY, now(), "t4");
        assertEquals(100, json(postQuery(good)).getInt("Code"));
        assertGatewayError(400, "SignatureNonceUsed", postQuery(good));
        SortedMap<String, String> unsigned = new TreeMap<>(good);
        unsigned.remove("Signature");
        assertGatewayError(400, "MissingSignature", postQuery(unsigned));
    }

    // Faults -----------------------------------------------------------------------------------------------------

    @Test
    void delay_isServed() throws Exception {
        stub.issue("param-slow", "s");
        stub.delay(300);
        stub.fault(Fault.DELAY);
        long start = System.nanoTime();
        assertEquals("T001", verify("param-slow", "s"));
        assertTrue(System.nanoTime() - start >= 300_000_000L);
    }

    @Test
    void hang_isServed() {
        stub.fault(Fault.HANG);
        HttpRequest request = HttpRequest.newBuilder(URI.create(stub.endpoint() + "/"))
                .timeout(Duration.ofMillis(300))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        assertThrows(HttpTimeoutException.class, () -> client.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void gatewayErrors_areServed() throws Exception {
        stub.fault(Fault.INTERNAL_ERROR);
        HttpResponse<String> internal = send(verifyRequest("p", "s", now()), acs3);
        assertGatewayError(500, "InternalError", internal);
        assertEquals(stub.host(), json(internal).getString("HostId"));
        stub.fault(Fault.BUSY);
        assertGatewayError(503, "ServiceUnavailable", send(verifyRequest("p", "s", now()), acs3));
        stub.fault(Fault.THROTTLED);
        assertGatewayError(400, "Throttling", send(verifyRequest("p", "s", now()), acs3));
        stub.fault(Fault.HTTP_500);
        HttpResponse<String> html = send(verifyRequest("p", "s", now()), acs3);
        assertEquals(500, html.statusCode());
        assertTrue(html.body().startsWith("<html>"));
    }

    @Test
    void malformedAndRawBodies_areServed() throws Exception {
        stub.fault(Fault.MALFORMED_JSON);
        HttpResponse<String> malformed = send(verifyRequest("p", "s", now()), acs3);
        assertEquals(200, malformed.statusCode());
        assertThrows(JsonParsingException.class, () -> json(malformed));
        stub.rawBody("{\"RequestId\":\"r\",\"Success\":true,\"Code\":\"Success\",\"Message\":\"success\"}");
        stub.fault(Fault.RAW_BODY);
        assertEquals(false, json(send(verifyRequest("p", "s", now()), acs3)).containsKey("Result"));
    }

    @Test
    void closedPort_refusesConnections_untilReopened() throws Exception {
        stub.issue("param-port", "s");
        stub.closePort();
        assertThrows(ConnectException.class, () -> send(verifyRequest("param-port", "s", now()), acs3));
        stub.reopen();
        client = newClient();
        assertEquals("T001", verify("param-port", "s"));
        assertEquals(1, stub.calls());
    }

    // Helpers ----------------------------------------------------------------------------------------------------

    private Instant now() {
        return Instant.ofEpochSecond(clock.get());
    }

    private Acs3Request verifyRequest(String param, String sceneId, Instant date) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("CaptchaVerifyParam", param);
        if (sceneId != null) {
            form.put("SceneId", sceneId);
        }
        return Acs3Request.formPost(
                stub.host(), "VerifyIntelligentCaptcha", "2023-03-05", date, AliyunEncoding.newNonce(), form);
    }

    private String verify(String param, String sceneId) throws IOException, InterruptedException {
        return verifyCode(send(verifyRequest(param, sceneId, now()), acs3));
    }

    private static Map<String, String> sigParameters(String token, String sessionId, String sig, String appKey) {
        return Map.of(
                "SessionId", sessionId,
                "Sig", sig,
                "Token", token,
                "Scene", "nc_login",
                "AppKey", appKey,
                "RemoteIp", "203.0.113.7");
    }

    private SortedMap<String, String> sigRequest(
            String token, String sessionId, String sig, String appKey, Instant timestamp, String nonce) {
        return rpc.sign(
                "POST",
                "AuthenticateSig",
                "2018-01-12",
                sigParameters(token, sessionId, sig, appKey),
                timestamp,
                nonce);
    }

    private HttpResponse<String> send(Acs3Request request, Acs3Signer signer) throws IOException, InterruptedException {
        return post(request.path(), signer.sign(request), request.body());
    }

    private HttpResponse<String> post(String path, Map<String, String> headers, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(stub.endpoint() + path))
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postQuery(Map<String, String> parameters) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stub.endpoint() + "/?" + RpcSigner.query(parameters)))
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String verifyCode(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response).getJsonObject("Result").getString("VerifyCode");
    }

    private static void assertGatewayError(int status, String code, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject body = json(response);
        assertEquals(code, body.getString("Code"));
        assertNotNull(body.getString("RequestId"));
        assertNotNull(body.getString("Message"));
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }
}
