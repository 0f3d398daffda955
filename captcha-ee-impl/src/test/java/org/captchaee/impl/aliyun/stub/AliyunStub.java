package org.captchaee.impl.aliyun.stub;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.captchaee.impl.stub.StubServer;

import com.sun.net.httpserver.HttpExchange;

/**
 * A stand-in for Alibaba Cloud Captcha on 127.0.0.1, as strict as the real gateway: it serves Captcha 2.0
 * {@code VerifyIntelligentCaptcha} (version 2023-03-05) and Captcha 1.0 {@code AuthenticateSig} (afs, version
 * 2018-01-12), each signed either with ACS3-HMAC-SHA256 (an {@code Authorization} header) or with the legacy RPC
 * HMAC-SHA1 signature ({@code Signature} parameter). It checks the signature with its own verifiers, refuses a reused
 * nonce and a clock more than 15 minutes off, answers each CaptchaVerifyParam and each 1.0 token from a table
 * (one-time, with the real expiry rules), injects faults on demand, and counts the calls it receives.
 *
 * <pre>
 * try (AliyunStub stub = AliyunStub.start()) {
 *     stub.issue("param-1", "scene-1");
 *     // send VerifyIntelligentCaptcha to stub.endpoint(), Host stub.host()
 * }
 * </pre>
 */
public final class AliyunStub extends StubServer {

    /** The AccessKey ID the stub accepts. */
    public static final String ACCESS_KEY_ID = "LTAI5tStubStubStubEXAMPLE";
    /** The AccessKey secret of {@link #ACCESS_KEY_ID}. */
    public static final String ACCESS_KEY_SECRET = "stubAccessKeySecretStubEXAMPLE";
    /** The Captcha 1.0 AppKey the stub knows. */
    public static final String APP_KEY = "FFFF0N0000000000STUB";
    /** The Captcha 2.0 action. */
    public static final String VERIFY_ACTION = "VerifyIntelligentCaptcha";
    /** The Captcha 2.0 API version. */
    public static final String VERIFY_VERSION = "2023-03-05";
    /** The Captcha 1.0 action. */
    public static final String SIG_ACTION = "AuthenticateSig";
    /** The Captcha 1.0 API version. */
    public static final String SIG_VERSION = "2018-01-12";

    /** Every VerifyCode of the documented table; codes starting with T pass. */
    public static final Set<String> VERIFY_CODES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "T001", "T005", "T006", "F001", "F002", "F003", "F004", "F005", "F006", "F007", "F008", "F009", "F010",
            "F011", "F012", "F013", "F014", "F015", "F016", "F017", "F018", "F019", "F020", "F022", "F023", "F024")));

    /** Initialisation record lifetime (F014). */
    static final long INIT_LIFETIME_SECONDS = 20 * 60;
    /** V3 architecture: longest behaviour-to-server interval (F019). */
    static final long V3_INTERVAL_SECONDS = 90;

    private static final Map<String, Integer> STATUS = Map.ofEntries(
            Map.entry("IncompleteSignature", 400),
            Map.entry("SignatureDoesNotMatch", 400),
            Map.entry("InvalidAccessKeyId.NotFound", 404),
            Map.entry("InvalidAccessKeyId.Inactive", 400),
            Map.entry("InvalidTimeStamp.Format", 400),
            Map.entry("InvalidTimeStamp.Expired", 400),
            Map.entry("SignatureNonceUsed", 400),
            Map.entry("InvalidApi.NotFound", 404),
            Map.entry("InvalidParameter", 400),
            Map.entry("Throttling", 400),
            Map.entry("InternalError", 500),
            Map.entry("ServiceUnavailable", 503));

    /** How a Captcha 2.0 front end was integrated; it decides the replay and expiry codes. */
    public enum Architecture {
        /** V2 architecture: reuse answers F008, verification more than 20 minutes after initialisation F014. */
        V2,
        /** V3 architecture: reuse answers F018, verification more than 90 seconds after the behaviour check F019. */
        V3
    }

    /**
     * A request that passed the signature and nonce checks.
     *
     * @param signature {@code ACS3-HMAC-SHA256} or {@code HMAC-SHA1}
     * @param action the API action
     * @param parameters the API parameters (query and form, decoded), without the RPC common parameters
     * @param headers the request headers, by lower-case name
     */
    public record Recorded(
            String signature, String action, Map<String, String> parameters, Map<String, String> headers) {}

    private final Map<String, String> secrets = Map.of(ACCESS_KEY_ID, ACCESS_KEY_SECRET);
    private final Acs3Check acs3 = new Acs3Check(secrets);
    private final RpcCheck rpc = new RpcCheck(secrets);
    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();
    private final Map<String, SigToken> sigTokens = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Recorded> lastRequest = new AtomicReference<>();
    private final LongSupplier clock;
    private volatile boolean keyRevoked;

    private AliyunStub(LongSupplier clock) {
        super("aliyun-stub");
        this.clock = clock;
    }

    /**
     * Starts a stub on a free port of 127.0.0.1, with the real clock.
     *
     * @return the running stub
     */
    public static AliyunStub start() {
        return start(() -> System.currentTimeMillis() / 1000);
    }

    /**
     * Starts a stub on a free port of 127.0.0.1.
     *
     * @param clock the stub's clock, in Unix seconds
     * @return the running stub
     */
    public static AliyunStub start(LongSupplier clock) {
        return new AliyunStub(clock);
    }

    /**
     * Issues a CaptchaVerifyParam of the V3 architecture, as the front end would get it after a solved captcha.
     *
     * @param captchaVerifyParam the opaque parameter
     * @param sceneId the scene it was solved in
     */
    public void issue(String captchaVerifyParam, String sceneId) {
        issue(captchaVerifyParam, sceneId, Architecture.V3);
    }

    /**
     * Issues a CaptchaVerifyParam.
     *
     * @param captchaVerifyParam the opaque parameter
     * @param sceneId the scene it was solved in
     * @param architecture the front end's architecture
     */
    public void issue(String captchaVerifyParam, String sceneId, Architecture architecture) {
        issueAt(captchaVerifyParam, sceneId, architecture, clock.getAsLong());
    }

    /**
     * Issues a CaptchaVerifyParam at a given time, to test expiry.
     *
     * @param captchaVerifyParam the opaque parameter
     * @param sceneId the scene it was solved in
     * @param architecture the front end's architecture
     * @param issuedAt when it was issued, in Unix seconds
     */
    public void issueAt(String captchaVerifyParam, String sceneId, Architecture architecture, long issuedAt) {
        tickets.put(captchaVerifyParam, new Ticket(sceneId, architecture, issuedAt, null));
    }

    /**
     * Makes a CaptchaVerifyParam always answer one VerifyCode, whatever the scene and however often.
     *
     * @param captchaVerifyParam the opaque parameter
     * @param verifyCode a code of {@link #VERIFY_CODES}
     * @throws IllegalArgumentException if the code is not in the documented table
     */
    public void answer(String captchaVerifyParam, String verifyCode) {
        if (!VERIFY_CODES.contains(verifyCode)) {
            throw new IllegalArgumentException("not a documented VerifyCode: " + verifyCode);
        }
        tickets.put(captchaVerifyParam, new Ticket(null, Architecture.V3, clock.getAsLong(), verifyCode));
    }

    /**
     * Issues a Captcha 1.0 token, as the front end's success callback hands it over with its session id and sig. It
     * passes once, with {@link #APP_KEY} and the same scene.
     *
     * @param token the token
     * @param sessionId the session id
     * @param sig the sig
     * @param scene the scene
     */
    public void issueSig(String token, String sessionId, String sig, String scene) {
        sigTokens.put(token, new SigToken(sessionId, sig, scene, 0, null));
    }

    /**
     * Makes a Captcha 1.0 token always answer one code.
     *
     * @param token the token
     * @param code the code, for example 100, 900, 400 or 500
     * @param msg the message
     */
    public void answerSig(String token, int code, String msg) {
        sigTokens.put(token, new SigToken(null, null, null, code, msg));
    }

    /**
     * Disables (or enables again) the AccessKey, as in the console: every correctly signed call then answers
     * {@code InvalidAccessKeyId.Inactive}.
     *
     * @param revoked whether the key is disabled
     */
    public void revokeKey(boolean revoked) {
        this.keyRevoked = revoked;
    }

    /**
     * The last request that passed the signature and nonce checks.
     *
     * @return the request, or null
     */
    public Recorded lastRequest() {
        return lastRequest.get();
    }

    @Override
    protected void answerFault(HttpExchange exchange, Fault fault) throws IOException {
        switch (fault) {
            case INTERNAL_ERROR -> sendError(
                    exchange, "InternalError", "The request processing has failed due to some unknown error.");
            case THROTTLED -> sendError(exchange, "Throttling", "Request was denied due to request throttling.");
            default -> sendError(
                    exchange, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.");
        }
    }

    @Override
    protected void answer(HttpExchange exchange, byte[] body) throws IOException {
        Map<String, String> headers = headers(exchange);
        String method = exchange.getRequestMethod();
        Map<String, String> query;
        Map<String, String> form;
        try {
            query = decode(exchange.getRequestURI().getRawQuery());
            form = headers.getOrDefault("content-type", "").startsWith("application/x-www-form-urlencoded")
                    ? decode(new String(body, StandardCharsets.UTF_8))
                    : Map.of();
        } catch (IllegalArgumentException e) {
            sendError(exchange, "InvalidParameter", "The request parameters cannot be decoded.");
            return;
        }
        Map<String, String> parameters = new TreeMap<>(query);
        parameters.putAll(form);
        boolean v3 = headers.containsKey("authorization");
        long now = clock.getAsLong();
        String failure = v3
                ? acs3.check(method, exchange.getRequestURI().getRawPath(), query, headers, body, now)
                : rpc.check(method, parameters, now);
        if (failure == null && keyRevoked) {
            failure = "InvalidAccessKeyId.Inactive";
        }
        String keyId = v3 ? Acs3Check.accessKeyId(headers) : parameters.get("AccessKeyId");
        String nonce = v3 ? headers.get("x-acs-signature-nonce") : parameters.get("SignatureNonce");
        if (failure == null && !nonces.add(keyId + "\n" + nonce)) {
            failure = "SignatureNonceUsed";
        }
        if (failure != null) {
            sendError(exchange, failure, message(failure));
            return;
        }
        String action = v3 ? headers.get("x-acs-action") : parameters.get("Action");
        String version = v3 ? headers.get("x-acs-version") : parameters.get("Version");
        if (!v3) {
            for (String common : new String[] {
                "Action",
                "Version",
                "Format",
                "AccessKeyId",
                "Signature",
                "SignatureMethod",
                "SignatureVersion",
                "SignatureNonce",
                "Timestamp"
            }) {
                parameters.remove(common);
            }
        }
        lastRequest.set(new Recorded(
                v3 ? "ACS3-HMAC-SHA256" : "HMAC-SHA1",
                action,
                Collections.unmodifiableMap(parameters),
                Collections.unmodifiableMap(headers)));
        if (VERIFY_ACTION.equals(action) && VERIFY_VERSION.equals(version)) {
            sendVerifyResult(exchange, verifyCode(parameters));
        } else if (SIG_ACTION.equals(action) && SIG_VERSION.equals(version)) {
            authenticateSig(exchange, parameters);
        } else {
            sendError(exchange, "InvalidApi.NotFound", "Specified api is not found, please check your url and method.");
        }
    }

    private String verifyCode(Map<String, String> parameters) {
        String param = parameters.get("CaptchaVerifyParam");
        if (param == null || param.isEmpty()) {
            // the SDK leaves empty form values out, so "empty" reaches the service as "absent"
            return "F002";
        }
        Ticket ticket = tickets.get(param);
        if (ticket == null) {
            return "F003";
        }
        if (ticket.fixedCode() != null) {
            return ticket.fixedCode();
        }
        String sceneId = parameters.get("SceneId");
        if (sceneId != null && !sceneId.equals(ticket.sceneId())) {
            return "F012";
        }
        boolean v3 = ticket.architecture() == Architecture.V3;
        if (used.contains(param)) {
            return v3 ? "F018" : "F008";
        }
        long age = clock.getAsLong() - ticket.issuedAt();
        if (age > (v3 ? V3_INTERVAL_SECONDS : INIT_LIFETIME_SECONDS)) {
            return v3 ? "F019" : "F014";
        }
        return used.add(param) ? "T001" : (v3 ? "F018" : "F008");
    }

    private void authenticateSig(HttpExchange exchange, Map<String, String> parameters) throws IOException {
        for (String name : new String[] {"SessionId", "Sig", "Token", "Scene", "AppKey", "RemoteIp"}) {
            if (!parameters.containsKey(name)) {
                sendError(exchange, "Missing" + name, message("Missing" + name));
                return;
            }
            if (parameters.get(name).isEmpty()) {
                sendSig(exchange, 400, name + " is invalid.");
                return;
            }
        }
        SigToken token = sigTokens.get(parameters.get("Token"));
        if (token != null && token.fixedCode() != 0) {
            sendSig(exchange, token.fixedCode(), token.fixedMsg());
        } else if (token == null || !token.sig().equals(parameters.get("Sig"))) {
            sendSig(exchange, 900, "Invalid sig parameter.");
        } else if (!APP_KEY.equals(parameters.get("AppKey"))
                || !token.sessionId().equals(parameters.get("SessionId"))
                || !token.scene().equals(parameters.get("Scene"))) {
            sendSig(exchange, 900, "Signature appKey/token/sessionId does not match with the users.");
        } else if (!used.add("sig\n" + parameters.get("Token"))) {
            sendSig(exchange, 900, "Sig play back.");
        } else {
            sendSig(exchange, 100, "pass_1");
        }
    }

    private static String message(String code) {
        return switch (code) {
            case "SignatureDoesNotMatch" -> "Specified signature does not match our calculation.";
            case "InvalidAccessKeyId.NotFound" -> "Specified access key is not found.";
            case "InvalidAccessKeyId.Inactive" -> "Specified access key is disabled.";
            case "SignatureNonceUsed" -> "Specified signature nonce was used already.";
            case "InvalidTimeStamp.Expired" -> "Specified time stamp or date value is expired.";
            case "InvalidTimeStamp.Format" -> "Specified time stamp or date value is not well formatted.";
            case "IncompleteSignature" -> "The request signature does not conform to Alibaba Cloud standards.";
            default -> "The input parameter " + code.substring("Missing".length())
                    + " that is mandatory for processing this request is not supplied.";
        };
    }

    private static Map<String, String> decode(String raw) {
        Map<String, String> decoded = new TreeMap<>();
        if (raw == null || raw.isEmpty()) {
            return decoded;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            decoded.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return decoded;
    }

    private static void sendVerifyResult(HttpExchange exchange, String verifyCode) throws IOException {
        String requestId = requestId();
        String body = Json.createObjectBuilder()
                .add("RequestId", requestId)
                .add("Success", true)
                .add("Code", "Success")
                .add("Message", "success")
                .add(
                        "Result",
                        Json.createObjectBuilder()
                                .add("VerifyResult", verifyCode.startsWith("T"))
                                .add("VerifyCode", verifyCode))
                .build()
                .toString();
        exchange.getResponseHeaders().set("x-acs-request-id", requestId);
        send(exchange, 200, "application/json;charset=utf-8", body);
    }

    private static void sendSig(HttpExchange exchange, int code, String msg) throws IOException {
        String body = Json.createObjectBuilder()
                .add("Msg", msg)
                .add("RequestId", requestId())
                .add("Code", code)
                .build()
                .toString();
        send(exchange, 200, "application/json;charset=utf-8", body);
    }

    private static void sendError(HttpExchange exchange, String code, String message) throws IOException {
        String requestId = requestId();
        String host = exchange.getRequestHeaders().getFirst("Host");
        JsonObjectBuilder error = Json.createObjectBuilder()
                .add("RequestId", requestId)
                .add("HostId", host == null ? "" : host)
                .add("Code", code)
                .add("Message", message)
                .add("Recommend", "https://api.aliyun.com/troubleshoot?q=" + code + "&product=captcha");
        exchange.getResponseHeaders().set("x-acs-request-id", requestId);
        send(
                exchange,
                STATUS.getOrDefault(code, 400),
                "application/json;charset=utf-8",
                error.build().toString());
    }

    private static String requestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    /** An issued CaptchaVerifyParam; a fixed code answers regardless of the rules. */
    private record Ticket(String sceneId, Architecture architecture, long issuedAt, String fixedCode) {}

    /** An issued Captcha 1.0 token; a non-zero fixed code answers regardless of the rules. */
    private record SigToken(String sessionId, String sig, String scene, int fixedCode, String fixedMsg) {}
}
