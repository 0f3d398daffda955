package org.captchaee.impl.siteverify.stub;

import java.time.Instant;
import java.util.Map;
import java.util.function.LongSupplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.captchaee.impl.siteverify.stub.SiteverifyStub.Dialect;

/**
 * The test keys the three providers publish, answered the way the real services answer them: Google's test secret
 * passes every token (host name {@code testkey.google.com}); hCaptcha's zero secret passes only its dummy tokens, with
 * the matching test site key (host name {@code dummy-key-pass}); Turnstile's {@code 1x} secret passes only the dummy
 * token (any other token is {@code invalid-input-secret}), {@code 2x} always fails and {@code 3x} answers "already
 * spent".
 */
public final class PublishedTestKeys {

    /** Google's reCAPTCHA v2 test secret. */
    public static final String RECAPTCHA_SECRET = "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe";
    /** hCaptcha's test secret. */
    public static final String HCAPTCHA_SECRET = "0x0000000000000000000000000000000000000000";
    /** hCaptcha's Publisher test site key. */
    public static final String HCAPTCHA_SITEKEY = "10000000-ffff-ffff-ffff-000000000001";
    /** The dummy token of {@link #HCAPTCHA_SITEKEY}. */
    public static final String HCAPTCHA_TOKEN = "10000000-aaaa-bbbb-cccc-000000000001";
    /** Turnstile's always-passing test secret. */
    public static final String TURNSTILE_PASS_SECRET = "1x0000000000000000000000000000000AA";
    /** Turnstile's always-failing test secret. */
    public static final String TURNSTILE_FAIL_SECRET = "2x0000000000000000000000000000000AA";
    /** Turnstile's "token already spent" test secret. */
    public static final String TURNSTILE_SPENT_SECRET = "3x0000000000000000000000000000000AA";
    /** The dummy token every Turnstile test site key produces. */
    public static final String TURNSTILE_TOKEN = "XXXX.DUMMY.TOKEN.XXXX";

    private static final Map<String, String> HCAPTCHA_TOKENS = Map.of(
            HCAPTCHA_TOKEN,
            HCAPTCHA_SITEKEY,
            "20000000-aaaa-bbbb-cccc-000000000002",
            "20000000-ffff-ffff-ffff-000000000002",
            "30000000-aaaa-bbbb-cccc-000000000003",
            "30000000-ffff-ffff-ffff-000000000003");

    private final LongSupplier clock;

    PublishedTestKeys(LongSupplier clock) {
        this.clock = clock;
    }

    boolean knows(Dialect dialect, String secret) {
        return switch (dialect) {
            case RECAPTCHA -> RECAPTCHA_SECRET.equals(secret);
            case HCAPTCHA -> HCAPTCHA_SECRET.equals(secret);
            case TURNSTILE -> secret.equals(TURNSTILE_PASS_SECRET)
                    || secret.equals(TURNSTILE_FAIL_SECRET)
                    || secret.equals(TURNSTILE_SPENT_SECRET);
        };
    }

    JsonObject answer(Dialect dialect, String secret, String token, String sitekey) {
        if (token == null || token.isEmpty()) {
            return SiteverifyStub.failure("missing-input-response");
        }
        return switch (dialect) {
            case RECAPTCHA -> success("testkey.google.com").build();
            case HCAPTCHA -> hcaptcha(token, sitekey);
            case TURNSTILE -> turnstile(secret, token);
        };
    }

    private JsonObject hcaptcha(String token, String sitekey) {
        String tokenSitekey = HCAPTCHA_TOKENS.get(token);
        if (tokenSitekey == null) {
            return SiteverifyStub.failure("not-using-dummy-passcode");
        }
        if (sitekey != null && !sitekey.equals(tokenSitekey)) {
            return SiteverifyStub.failure("sitekey-secret-mismatch");
        }
        return success("dummy-key-pass").add("credit", false).build();
    }

    private JsonObject turnstile(String secret, String token) {
        if (secret.equals(TURNSTILE_FAIL_SECRET)) {
            return testing(SiteverifyStub.failure("invalid-input-response"));
        }
        if (secret.equals(TURNSTILE_SPENT_SECRET)) {
            return testing(SiteverifyStub.failure("timeout-or-duplicate"));
        }
        if (!token.equals(TURNSTILE_TOKEN)) {
            // a testing secret used with a token of a real widget
            return SiteverifyStub.failure("invalid-input-secret");
        }
        return testing(success("example.com").add("action", "").add("cdata", "").build());
    }

    private JsonObjectBuilder success(String hostname) {
        return Json.createObjectBuilder()
                .add("success", true)
                .add("challenge_ts", Instant.ofEpochSecond(clock.getAsLong()).toString())
                .add("hostname", hostname)
                .add("error-codes", Json.createArrayBuilder());
    }

    private static JsonObject testing(JsonObject answer) {
        return Json.createObjectBuilder(answer)
                .add("messages", Json.createArrayBuilder())
                .add("metadata", Json.createObjectBuilder().add("result_with_testing_key", true))
                .build();
    }
}
