package org.captchaee.impl.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/**
 * Answers every call of a protected method that no captcha interceptor reaches with {@code 500}, so that it never runs
 * unprotected on a server where the failure of {@link CaptchaDynamicFeature} does not stop the deployment.
 */
final class UnprotectedMethodFilter implements ContainerRequestFilter {

    /** The problem type of the answer. */
    static final String ERROR = "captcha_misconfigured";

    private final String detail;
    private final boolean testMode;

    /**
     * Creates the filter of one method.
     *
     * @param detail what is wrong and the fix, for the problem's {@code detail}
     * @param testMode whether {@code captcha.test-mode} is on
     */
    UnprotectedMethodFilter(String detail, boolean testMode) {
        this.detail = detail;
        this.testMode = testMode;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", ProblemResponses.TYPE_PREFIX + ERROR)
                .add("title", "Captcha misconfigured")
                .add("status", 500)
                .add("detail", detail)
                .add("error", ERROR);
        ProblemResponses.markTestMode(body, testMode);
        request.abortWith(Response.serverError()
                .type(ProblemResponses.PROBLEM_JSON)
                .cacheControl(noStore)
                .entity(body.build().toString())
                .build());
    }
}
