package org.captchaee.impl.siteverify.stub;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.captchaee.impl.stub.StubServer;

import com.sun.net.httpserver.HttpExchange;

/**
 * A stand-in for the siteverify endpoints of Google reCAPTCHA, hCaptcha and Cloudflare Turnstile on 127.0.0.1, one
 * path per {@link Dialect}, as strict as the real services: it checks the secret (and hCaptcha's site key), answers
 * each token from a table, lets a token pass once and only within its lifetime (120 s, 120 s, 300 s) with each
 * provider's own error codes, honours Turnstile's {@code idempotency_key} (the same key and token within the token's
 * lifetime get the first answer again instead of {@code timeout-or-duplicate}), knows the published test keys, and
 * injects faults on demand.
 *
 * <pre>
 * try (SiteverifyStub stub = SiteverifyStub.start()) {
 *     stub.issue(Dialect.TURNSTILE, "0.solved");
 *     // point captcha.turnstile.endpoint at stub.url(Dialect.TURNSTILE)
 * }
 * </pre>
 */
public final class SiteverifyStub extends StubServer {

    /** The host name solved captchas report unless a test says otherwise. */
    public static final String HOSTNAME = "shop.example";
    /** The hCaptcha site key of {@link Dialect#HCAPTCHA}'s secret. */
    public static final String HCAPTCHA_SITEKEY = "5e1f0c6a-7d3b-4c2e-9a8f-stubsitekey1";
    /** Another site key of the same hCaptcha account. */
    public static final String OTHER_HCAPTCHA_SITEKEY = "5e1f0c6a-7d3b-4c2e-9a8f-stubsitekey2";

    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int REMEMBERED_REQUESTS = 100;

    /** The three siteverify dialects the stub speaks, each on its own path. */
    public enum Dialect {
        /** Google reCAPTCHA: tokens live 2 minutes; expired and spent are both {@code timeout-or-duplicate}. */
        RECAPTCHA("/recaptcha/api/siteverify", "6LstubRecaptchaSecretKeyEXAMPLE", 120, "timeout-or-duplicate"),
        /** hCaptcha: tokens live 120 s; {@code expired-input-response} and {@code already-seen-response}. */
        HCAPTCHA("/siteverify", "0xStubHcaptchaSecretKeyEXAMPLE00000000000", 120, "already-seen-response"),
        /** Cloudflare Turnstile: tokens live 300 s; expired and spent are both {@code timeout-or-duplicate}. */
        TURNSTILE("/turnstile/v0/siteverify", "0x4AAAAAAStubTurnstileSecretEXAMPLE", 300, "timeout-or-duplicate");

        private final String path;
        private final String secret;
        private final long lifetimeSeconds;
        private final String spentCode;

        Dialect(String path, String secret, long lifetimeSeconds, String spentCode) {
            this.path = path;
            this.secret = secret;
            this.lifetimeSeconds = lifetimeSeconds;
            this.spentCode = spentCode;
        }

        /**
         * The secret the stub accepts for this dialect.
         *
         * @return the secret
         */
        public String secret() {
            return secret;
        }

        /**
         * How long a token can be verified.
         *
         * @return seconds
         */
        public long lifetimeSeconds() {
            return lifetimeSeconds;
        }

        String expiredCode() {
            return this == HCAPTCHA ? "expired-input-response" : "timeout-or-duplicate";
        }
    }

    private final Map<String, Solved> tokens = new ConcurrentHashMap<>();
    private final Set<String> spent = ConcurrentHashMap.newKeySet();
    private final Set<String> losing = ConcurrentHashMap.newKeySet();
    private final Map<String, Remembered> idempotent = new ConcurrentHashMap<>();
    private final Deque<Map<String, String>> requests = new ArrayDeque<>();
    private final LongSupplier clock;
    private final PublishedTestKeys testKeys;

    private SiteverifyStub(LongSupplier clock) {
        super("siteverify-stub");
        this.clock = clock;
        this.testKeys = new PublishedTestKeys(clock);
    }

    /**
     * Starts a stub on a free port of 127.0.0.1, with the real clock.
     *
     * @return the running stub
     */
    public static SiteverifyStub start() {
        return new SiteverifyStub(() -> System.currentTimeMillis() / 1000);
    }

    /**
     * The URL to configure as a dialect's endpoint.
     *
     * @param dialect the dialect
     * @return {@code http://127.0.0.1:<port>/<path>}
     */
    public String url(Dialect dialect) {
        return endpoint() + dialect.path;
    }

    /**
     * Issues a token, as the widget gets it after a solved captcha: solved now on {@link #HOSTNAME}, without a score
     * (reCAPTCHA v2), for {@link #HCAPTCHA_SITEKEY}.
     *
     * @param dialect the dialect
     * @param token the token
     */
    public void issue(Dialect dialect, String token) {
        put(dialect, token, new Solved(clock.getAsLong(), HOSTNAME, "", null, HCAPTCHA_SITEKEY, List.of()));
    }

    /**
     * Issues a reCAPTCHA v3 token.
     *
     * @param token the token
     * @param action the action the page named
     * @param score the score, 0.0 to 1.0
     */
    public void issueV3(String token, String action, double score) {
        put(Dialect.RECAPTCHA, token, new Solved(clock.getAsLong(), HOSTNAME, action, score, "", List.of()));
    }

    /**
     * Issues a token solved on another site.
     *
     * @param dialect the dialect
     * @param token the token
     * @param hostname the site's host name
     */
    public void issueOnHost(Dialect dialect, String token, String hostname) {
        put(dialect, token, new Solved(clock.getAsLong(), hostname, "", null, HCAPTCHA_SITEKEY, List.of()));
    }

    /**
     * Issues a token at a given time, to test expiry.
     *
     * @param dialect the dialect
     * @param token the token
     * @param issuedAt when it was issued, in Unix seconds
     */
    public void issueAt(Dialect dialect, String token, long issuedAt) {
        put(dialect, token, new Solved(issuedAt, HOSTNAME, "", null, HCAPTCHA_SITEKEY, List.of()));
    }

    /**
     * Issues an hCaptcha token for another site key of the account.
     *
     * @param token the token
     * @param sitekey the site key
     */
    public void issueForSitekey(String token, String sitekey) {
        put(Dialect.HCAPTCHA, token, new Solved(clock.getAsLong(), HOSTNAME, "", null, sitekey, List.of()));
    }

    /**
     * Makes a token always answer {@code success: false} with these error codes (once the secret was accepted).
     *
     * @param dialect the dialect
     * @param token the token
     * @param errorCodes the codes
     */
    public void answer(Dialect dialect, String token, String... errorCodes) {
        put(dialect, token, new Solved(clock.getAsLong(), HOSTNAME, "", null, HCAPTCHA_SITEKEY, List.of(errorCodes)));
    }

    /**
     * Marks a token as verified elsewhere (by another node), so that the provider answers "already used".
     *
     * @param dialect the dialect
     * @param token the token
     */
    public void spend(Dialect dialect, String token) {
        spent.add(id(dialect, token));
    }

    /**
     * Loses the answer of the first verification of a token: the stub verifies it (and spends it) as usual, then
     * answers HTTP 502, as a proxy in front of the provider does when the provider's answer does not reach it.
     *
     * @param dialect the dialect
     * @param token the token
     */
    public void loseFirstAnswer(Dialect dialect, String token) {
        losing.add(id(dialect, token));
    }

    /**
     * The form fields of the last requests, oldest first.
     *
     * @return at most the last 100 requests
     */
    public List<Map<String, String>> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /**
     * The form fields of the last request.
     *
     * @return the fields, empty if none came
     */
    public Map<String, String> lastRequest() {
        synchronized (requests) {
            return requests.isEmpty() ? Map.of() : requests.getLast();
        }
    }

    @Override
    protected void answerFault(HttpExchange exchange, Fault fault) throws IOException {
        switch (fault) {
            case INTERNAL_ERROR -> sendJson(exchange, failure("internal-error"));
            case THROTTLED -> send(exchange, 429, "text/plain", "Too Many Requests");
            default -> send(exchange, 503, "text/html", "<html><body>503 Service Unavailable</body></html>");
        }
    }

    @Override
    protected void answer(HttpExchange exchange, byte[] body) throws IOException {
        Dialect dialect = dialectOf(exchange.getRequestURI().getPath());
        if (dialect == null) {
            send(exchange, 404, "text/html", "<html><body>404 Not Found</body></html>");
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            send(exchange, 405, "text/html", "<html><body>405 Method Not Allowed</body></html>");
            return;
        }
        String contentType = headers(exchange).getOrDefault("content-type", "");
        Map<String, String> form = contentType.startsWith("application/x-www-form-urlencoded")
                ? form(new String(body, StandardCharsets.UTF_8))
                : Map.of();
        remember(form);
        Verification verification = verify(dialect, form);
        if (verification.lost()) {
            send(exchange, 502, "text/html", "<html><body>502 Bad Gateway</body></html>");
            return;
        }
        sendJson(exchange, verification.body());
    }

    private Verification verify(Dialect dialect, Map<String, String> form) {
        String secret = form.get("secret");
        String token = form.get("response");
        if (secret == null || secret.isEmpty()) {
            return Verification.of(
                    token == null
                            ? failure("missing-input-response", "missing-input-secret")
                            : failure("missing-input-secret"));
        }
        if (testKeys.knows(dialect, secret)) {
            return Verification.of(testKeys.answer(dialect, secret, token, form.get("sitekey")));
        }
        if (!dialect.secret.equals(secret)) {
            return Verification.of(failure("invalid-input-secret"));
        }
        if (token == null || token.isEmpty()) {
            return Verification.of(failure("missing-input-response"));
        }
        if (dialect == Dialect.HCAPTCHA
                && form.containsKey("sitekey")
                && !Set.of(HCAPTCHA_SITEKEY, OTHER_HCAPTCHA_SITEKEY).contains(form.get("sitekey"))) {
            return Verification.of(failure("sitekey-secret-mismatch"));
        }
        if (dialect == Dialect.TURNSTILE && form.containsKey("idempotency_key")) {
            return idempotent(dialect, form, token);
        }
        return verifyToken(dialect, token, form.get("sitekey"));
    }

    /** Turnstile: the same key and token within the token's lifetime get the first answer again. */
    private Verification idempotent(Dialect dialect, Map<String, String> form, String token) {
        String key = form.get("idempotency_key");
        if (!UUID_SHAPE.matcher(key).matches()) {
            return Verification.of(failure("bad-request"));
        }
        long now = clock.getAsLong();
        idempotent.values().removeIf(remembered -> now - remembered.at() > dialect.lifetimeSeconds);
        Remembered first = idempotent.get(key + " " + token);
        if (first != null) {
            return Verification.of(first.body());
        }
        Verification verification = verifyToken(dialect, token, null);
        idempotent.put(key + " " + token, new Remembered(verification.body(), now));
        return verification;
    }

    private Verification verifyToken(Dialect dialect, String token, String sitekey) {
        String id = id(dialect, token);
        boolean lost = losing.remove(id);
        Solved solved = tokens.get(id);
        if (solved == null || (dialect == Dialect.TURNSTILE && token.length() > 2048)) {
            return new Verification(failure("invalid-input-response"), lost);
        }
        if (!solved.errorCodes().isEmpty()) {
            return new Verification(failure(solved.errorCodes().toArray(String[]::new)), lost);
        }
        if (sitekey != null && !sitekey.equals(solved.sitekey())) {
            return new Verification(failure("invalid-input-response"), lost);
        }
        if (clock.getAsLong() - solved.issuedAt() > dialect.lifetimeSeconds) {
            return new Verification(failure(dialect.expiredCode()), lost);
        }
        if (!spent.add(id)) {
            return new Verification(failure(dialect.spentCode), lost);
        }
        return new Verification(success(dialect, solved), lost);
    }

    private JsonObject success(Dialect dialect, Solved solved) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("success", true)
                .add("challenge_ts", Instant.ofEpochSecond(solved.issuedAt()).toString())
                .add("hostname", solved.hostname())
                .add("error-codes", Json.createArrayBuilder());
        switch (dialect) {
            case RECAPTCHA -> {
                if (solved.score() != null) {
                    body.add("score", solved.score()).add("action", solved.action());
                }
            }
            case HCAPTCHA -> body.add("credit", false);
            case TURNSTILE -> body.add("action", solved.action()).add("cdata", "");
        }
        return body.build();
    }

    /**
     * A failure answer.
     *
     * @param codes its error codes
     * @return {@code {"success": false, "error-codes": [...]}}
     */
    static JsonObject failure(String... codes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String code : codes) {
            array.add(code);
        }
        return Json.createObjectBuilder()
                .add("success", false)
                .add("error-codes", array)
                .build();
    }

    private void put(Dialect dialect, String token, Solved solved) {
        tokens.put(id(dialect, token), solved);
    }

    private void remember(Map<String, String> form) {
        synchronized (requests) {
            if (requests.size() == REMEMBERED_REQUESTS) {
                requests.removeFirst();
            }
            requests.addLast(Map.copyOf(form));
        }
    }

    private static String id(Dialect dialect, String token) {
        return dialect.name() + " " + token;
    }

    private static Dialect dialectOf(String path) {
        for (Dialect dialect : Dialect.values()) {
            if (dialect.path.equals(path)) {
                return dialect;
            }
        }
        return null;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.putIfAbsent(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static void sendJson(HttpExchange exchange, JsonObject body) throws IOException {
        send(exchange, 200, "application/json; charset=utf-8", body.toString());
    }

    /** A solved token: when, where, reCAPTCHA v3 action and score (null for v2), hCaptcha site key, forced codes. */
    private record Solved(
            long issuedAt, String hostname, String action, Double score, String sitekey, List<String> errorCodes) {}

    /** The first answer to a Turnstile idempotency key and token, and when it was given. */
    private record Remembered(JsonObject body, long at) {}

    /** An answer, and whether a proxy loses it. */
    private record Verification(JsonObject body, boolean lost) {
        static Verification of(JsonObject body) {
            return new Verification(body, false);
        }
    }
}
