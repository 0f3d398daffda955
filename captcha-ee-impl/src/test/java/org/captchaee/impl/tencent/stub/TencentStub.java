package org.captchaee.impl.tencent.stub;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import org.captchaee.impl.stub.StubServer;

import com.sun.net.httpserver.HttpExchange;

/**
 * A stand-in for Tencent Cloud's {@code DescribeCaptchaResult} API (version 2019-07-22) on 127.0.0.1, as strict as the
 * real one: it checks the TC3-HMAC-SHA256 signature, the credential scope date and the clock skew, the action and
 * version headers and the request fields; it answers each ticket from a table (tickets expire after 5 minutes and pass
 * once), treats {@code terror_}/{@code trerror_} tickets like the real service, and injects faults on demand. It counts
 * the calls it receives.
 *
 * <pre>
 * try (TencentStub stub = TencentStub.start()) {
 *     stub.issue("tr03good", "@abc");
 *     // point captcha.tencent.endpoint at stub.endpoint()
 * }
 * </pre>
 */
public final class TencentStub extends StubServer {

    /** The SecretId the stub accepts. */
    public static final String SECRET_ID = "AKIDstubStubStubStubStubStubEXAMPLE";
    /** The SecretKey of {@link #SECRET_ID}. */
    public static final String SECRET_KEY = "stubSecretKeyStubSecretKeyEXAMPLE";
    /** The CaptchaAppId the stub knows. */
    public static final long APP_ID = 190000001L;
    /** The AppSecretKey of {@link #APP_ID}. */
    public static final String APP_SECRET_KEY = "stubAppSecretKeyEXAMPLE";

    private static final long TICKET_LIFETIME_SECONDS = 300;
    private final Tc3Check signatures = new Tc3Check("captcha", Map.of(SECRET_ID, SECRET_KEY));
    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicReference<JsonObject> lastRequest = new AtomicReference<>();
    private final LongSupplier clock;
    private volatile boolean keyRevoked;

    private TencentStub(LongSupplier clock) {
        super("tencent-stub");
        this.clock = clock;
    }

    /**
     * Starts a stub on a free port of 127.0.0.1, with the real clock.
     *
     * @return the running stub
     */
    public static TencentStub start() {
        return start(() -> System.currentTimeMillis() / 1000);
    }

    /**
     * Starts a stub on a free port of 127.0.0.1.
     *
     * @param clock the stub's clock, in Unix seconds
     * @return the running stub
     */
    public static TencentStub start(LongSupplier clock) {
        return new TencentStub(clock);
    }

    /**
     * Issues a ticket, as the front end would get it after a solved captcha.
     *
     * @param ticket the ticket
     * @param randstr its random string
     */
    public void issue(String ticket, String randstr) {
        tickets.put(ticket, new Ticket(randstr, clock.getAsLong(), 0, 0));
    }

    /**
     * Issues a ticket at a given time, to test expiry.
     *
     * @param ticket the ticket
     * @param randstr its random string
     * @param issuedAt when it was issued, in Unix seconds
     */
    public void issueAt(String ticket, String randstr, long issuedAt) {
        tickets.put(ticket, new Ticket(randstr, issuedAt, 0, 0));
    }

    /**
     * Issues a ticket that passes with {@code EvilLevel} 100 (invisible mode found it malicious).
     *
     * @param ticket the ticket
     * @param randstr its random string
     */
    public void issueMalicious(String ticket, String randstr) {
        tickets.put(ticket, new Ticket(randstr, clock.getAsLong(), 100, 0));
    }

    /**
     * Makes a ticket always answer one CaptchaCode.
     *
     * @param ticket the ticket
     * @param captchaCode the code
     */
    public void answer(String ticket, int captchaCode) {
        tickets.put(ticket, new Ticket("", clock.getAsLong(), 0, captchaCode));
    }

    /**
     * Revokes (or restores) the API key, as when it is deleted in the console: every signed call then answers
     * {@code AuthFailure.SecretIdNotFound}.
     *
     * @param revoked whether the key is revoked
     */
    public void revokeKey(boolean revoked) {
        this.keyRevoked = revoked;
    }

    /**
     * The body of the last request that passed the signature check.
     *
     * @return the JSON body, or null
     */
    public JsonObject lastRequest() {
        return lastRequest.get();
    }

    @Override
    protected void answerFault(HttpExchange exchange, Fault fault) throws IOException {
        switch (fault) {
            case INTERNAL_ERROR -> sendError(exchange, "InternalError", "An internal error has occurred.");
            case THROTTLED -> sendError(exchange, "RequestLimitExceeded", "Your request is too frequent.");
            default -> sendResult(exchange, result(26, "system busy"));
        }
    }

    @Override
    protected void answer(HttpExchange exchange, byte[] body) throws IOException {
        Map<String, String> headers = headers(exchange);
        if (!"POST".equals(exchange.getRequestMethod())) {
            sendError(exchange, "UnsupportedProtocol", "Only POST is supported here.");
            return;
        }
        if (!"DescribeCaptchaResult".equals(headers.get("x-tc-action"))) {
            sendError(exchange, "InvalidAction", "The action does not exist.");
            return;
        }
        if (!"2019-07-22".equals(headers.get("x-tc-version"))) {
            sendError(exchange, "NoSuchVersion", "The API version does not exist.");
            return;
        }
        String authFailure =
                keyRevoked ? "AuthFailure.SecretIdNotFound" : signatures.check(headers, body, clock.getAsLong());
        if (authFailure != null) {
            sendError(exchange, authFailure, "The provided credentials could not be validated.");
            return;
        }
        JsonObject request;
        try (JsonReader reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            request = reader.readObject();
        } catch (JsonParsingException | IllegalStateException e) {
            sendError(exchange, "InvalidParameter", "The request body is not valid JSON.");
            return;
        }
        lastRequest.set(request);
        String missing = missingField(request);
        if (missing != null) {
            sendError(exchange, "MissingParameter", "The request is missing a required parameter `" + missing + "`.");
            return;
        }
        if (number(request.get("CaptchaType")) != 9) {
            sendError(exchange, "InvalidParameterValue", "CaptchaType must be 9.");
            return;
        }
        sendResult(exchange, verdict(request));
    }

    private JsonObjectBuilder verdict(JsonObject request) {
        String ticket = request.getString("Ticket");
        if (ticket.startsWith("terror_") || ticket.startsWith("trerror_")) {
            // the real service: a standard disaster ticket is 21, one whose app id cannot be read is 16
            return ticket.split("_").length == 4 ? result(21, "diff") : result(16, "appid-ticket mismatch");
        }
        if (number(request.get("CaptchaAppId")) != APP_ID) {
            return result(16, "appid-ticket mismatch");
        }
        if (!APP_SECRET_KEY.equals(request.getString("AppSecretKey"))) {
            return result(100, "appid-secretkey-ticket mismatch");
        }
        Ticket issued = tickets.get(ticket);
        if (issued == null) {
            return result(15, "decrypt fail");
        }
        if (issued.fixedCode() != 0) {
            return result(issued.fixedCode(), "fixed by the test");
        }
        if (!issued.randstr().equals(request.getString("Randstr"))) {
            return result(7, "captcha no match");
        }
        if (clock.getAsLong() - issued.issuedAt() > TICKET_LIFETIME_SECONDS) {
            return result(8, "ticket expired");
        }
        if (!used.add(ticket)) {
            return result(9, "ticket reused");
        }
        return result(1, "OK").add("EvilLevel", issued.evilLevel());
    }

    private static String missingField(JsonObject request) {
        for (String field :
                new String[] {"CaptchaType", "Ticket", "UserIp", "Randstr", "CaptchaAppId", "AppSecretKey"}) {
            if (!request.containsKey(field) || request.isNull(field)) {
                return field;
            }
        }
        return request.get("Ticket") instanceof JsonString && request.get("Randstr") instanceof JsonString
                ? null
                : "Ticket";
    }

    /** A JSON number, or a numeric string (the real gateway accepts both). */
    private static long number(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.longValue();
        }
        try {
            return value instanceof JsonString text ? Long.parseLong(text.getString()) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private JsonObjectBuilder result(int code, String message) {
        return Json.createObjectBuilder()
                .add("CaptchaCode", code)
                .add("CaptchaMsg", message)
                .add("EvilLevel", 0)
                .add("GetCaptchaTime", clock.getAsLong())
                .add("RequestId", UUID.randomUUID().toString());
    }

    private static void sendResult(HttpExchange exchange, JsonObjectBuilder response) throws IOException {
        String body = Json.createObjectBuilder()
                .add("Response", response)
                .add("retcode", 0)
                .add("retmsg", "ok")
                .build()
                .toString();
        send(exchange, 200, "application/json", body);
    }

    private static void sendError(HttpExchange exchange, String code, String message) throws IOException {
        JsonObjectBuilder error = Json.createObjectBuilder()
                .add("Error", Json.createObjectBuilder().add("Code", code).add("Message", message))
                .add("RequestId", UUID.randomUUID().toString());
        send(
                exchange,
                200,
                "application/json",
                Json.createObjectBuilder().add("Response", error).build().toString());
    }

    /** An issued ticket. */
    private record Ticket(String randstr, long issuedAt, int evilLevel, int fixedCode) {}
}
