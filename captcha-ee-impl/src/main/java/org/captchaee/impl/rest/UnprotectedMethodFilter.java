package org.captchaee.impl.rest;

import jakarta.json.Json;
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

    /**
     * Creates the filter of one method.
     *
     * @param detail what is wrong and the fix, for the problem's {@code detail}
     */
    UnprotectedMethodFilter(String detail) {
        this.detail = detail;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        String body = Json.createObjectBuilder()
                .add("type", ProblemResponses.TYPE_PREFIX + ERROR)
                .add("title", "Captcha misconfigured")
                .add("status", 500)
                .add("detail", detail)
                .add("error", ERROR)
                .build()
                .toString();
        request.abortWith(Response.serverError()
                .type(ProblemResponses.PROBLEM_JSON)
                .cacheControl(noStore)
                .entity(body)
                .build());
    }
}
