package org.captchaee.impl.rest;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaError;
import org.captchaee.impl.json.JsonFactories;
import org.captchaee.impl.problem.LocalizedDeniedException;
import org.captchaee.impl.problem.ProblemMessage;
import org.captchaee.impl.problem.ProblemTexts;

/**
 * Builds the RFC 9457 {@code application/problem+json} answers of refused calls, with {@code title}, {@code detail}
 * and CloudBase's {@code error_description} (the same text as {@code detail}) in the language of the request.
 */
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
     * @param texts the texts in the request's language
     * @param testMode whether {@code captcha.test-mode} is on: the answer then says so ({@code "test_mode": true})
     * @return the response
     */
    public static Response of(
            CaptchaDeniedException denied, Optional<String> challenge, ProblemTexts texts, boolean testMode) {
        Response.ResponseBuilder response =
                answer(denied.error().status(), body(denied, challenge, texts, testMode), texts);
        denied.retryAfter().ifPresent(delay -> response.header(HttpHeaders.RETRY_AFTER, delay.toSeconds()));
        return response.build();
    }

    /**
     * The {@code 500} answer of a call that the library refuses because the application is misconfigured.
     *
     * @param error the problem's {@code error}
     * @param detail what is wrong and the fix
     * @param texts the texts in the request's language
     * @param testMode whether {@code captcha.test-mode} is on
     * @return the response
     */
    static Response misconfigured(String error, ProblemMessage detail, ProblemTexts texts, boolean testMode) {
        JsonObject body = problem(error, 500, texts.title(error), texts.format(detail), testMode)
                .build();
        return answer(500, body, texts).build();
    }

    static JsonObject body(
            CaptchaDeniedException denied, Optional<String> challenge, ProblemTexts texts, boolean testMode) {
        CaptchaError error = denied.error();
        // an application's own refusal says what it says; the library's own are written in the request's language
        String detail = denied instanceof LocalizedDeniedException localized
                ? texts.format(localized.detail())
                : denied.getMessage();
        JsonObjectBuilder body = problem(error.error(), error.status(), texts.title(error.error()), detail, testMode)
                .add("error_code", error.errorCode())
                .add("verifier", denied.verifier());
        if (SOLVABLE.contains(error)) {
            challenge.ifPresent(path -> body.add("challenge", path));
        }
        return body.build();
    }

    /**
     * The members every answer has, and {@code "test_mode": true} when {@code captcha.test-mode} is on, so that no client
     * and no one reading the answers can miss a deployment whose captchas may pass without being solved.
     */
    private static JsonObjectBuilder problem(String error, int status, String title, String detail, boolean testMode) {
        JsonObjectBuilder problem = JsonFactories.objectBuilder()
                .add("type", TYPE_PREFIX + error)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("error_description", detail)
                .add("error", error);
        return testMode ? problem.add(TEST_MODE, true) : problem;
    }

    private static Response.ResponseBuilder answer(int status, JsonObject body, ProblemTexts texts) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(status)
                .type(PROBLEM_JSON)
                .cacheControl(noStore)
                .header(HttpHeaders.CONTENT_LANGUAGE, texts.language())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .entity(body.toString());
    }
}
