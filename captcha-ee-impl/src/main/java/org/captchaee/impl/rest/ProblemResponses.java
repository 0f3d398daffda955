package org.captchaee.impl.rest;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaError;

/** Builds the RFC 9457 {@code application/problem+json} answers of refused calls. */
public final class ProblemResponses {

    /** The media type of the answers. */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** The prefix of each problem's {@code type}, followed by its {@code error}. */
    public static final String TYPE_PREFIX = "urn:captcha-ee:problem:";

    /** The member that says that test mode is on, present only then. */
    public static final String TEST_MODE = "test_mode";

    /** The answers a new captcha can resolve, which say where to get one. */
    private static final Set<CaptchaError> SOLVABLE =
            EnumSet.of(CaptchaError.CAPTCHA_REQUIRED, CaptchaError.CAPTCHA_INVALID, CaptchaError.CAPTCHA_MALFORMED);

    private ProblemResponses() {}

    /**
     * The answer to a refused call.
     *
     * @param denied the refusal
     * @param challenge where the client gets a challenge of the named verifier, for built-in verifiers; given in the
     *     answer only when a new captcha resolves it (not for an outage, a body too large or too many challenges)
     * @param testMode whether {@code captcha.test-mode} is on: the answer then says so ({@code "test_mode": true})
     * @return the response
     */
    public static Response of(CaptchaDeniedException denied, Optional<String> challenge, boolean testMode) {
        CaptchaError error = denied.error();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        Response.ResponseBuilder response = Response.status(error.status())
                .type(PROBLEM_JSON)
                .cacheControl(noStore)
                .entity(body(denied, challenge, testMode).toString());
        denied.retryAfter().ifPresent(delay -> response.header(HttpHeaders.RETRY_AFTER, delay.toSeconds()));
        return response.build();
    }

    static JsonObject body(CaptchaDeniedException denied, Optional<String> challenge, boolean testMode) {
        CaptchaError error = denied.error();
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPE_PREFIX + error.error())
                .add("title", error.title())
                .add("status", error.status())
                .add("detail", denied.getMessage())
                .add("error", error.error())
                .add("error_code", error.errorCode())
                .add("verifier", denied.verifier());
        if (SOLVABLE.contains(error)) {
            challenge.ifPresent(path -> body.add("challenge", path));
        }
        markTestMode(body, testMode);
        return body.build();
    }

    /**
     * Adds {@code "test_mode": true} to a problem body when {@code captcha.test-mode} is on, so that no client and no
     * one reading the answers can miss a deployment whose captchas may pass without being solved.
     *
     * @param body the problem body
     * @param testMode whether test mode is on; nothing is added when it is off
     */
    static void markTestMode(JsonObjectBuilder body, boolean testMode) {
        if (testMode) {
            body.add(TEST_MODE, true);
        }
    }
}
