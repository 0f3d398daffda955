package org.captchaee.impl.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.impl.adaptive.CallWatch;

/**
 * Tells adaptive mode the final HTTP status of a protected call, the one the client receives: after the application's
 * exception mappers ran, and for every kind of resource method ({@code void}, {@code Response}, {@code CompletionStage},
 * {@code @Suspended AsyncResponse}). Registered by {@link CaptchaDynamicFeature} on the methods with
 * {@code afterFailures}. When the failure reaches the threshold, the answer becomes {@code captcha_required}.
 *
 * <p>Its request side marks the request, so that the interceptor hands the call's {@link CallWatch} over instead of
 * judging what the method returned. Its priority, {@code Priorities.USER + 200}, makes it the first response filter to
 * run after the application's own (response filters run in reverse order of priority) — the last to change the status.
 */
@Priority(Priorities.USER + 200)
public class CallOutcomeFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private final CaptchaDeniedExceptionMapper problems;

    /**
     * Creates the filter.
     *
     * @param problems turns a refusal into its problem answer
     */
    public CallOutcomeFilter(CaptchaDeniedExceptionMapper problems) {
        this.problems = problems;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(CallWatch.FINAL_STATUS_SEEN, Boolean.TRUE);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CallWatch.REQUEST_ATTRIBUTE) instanceof CallWatch watch)) {
            return;
        }
        request.removeProperty(CallWatch.REQUEST_ATTRIBUTE);
        try {
            watch.ended(response.getStatus());
        } catch (CaptchaDeniedException denied) {
            Response problem = problems.toResponse(denied, request);
            response.setStatus(problem.getStatus());
            response.getHeaders().clear();
            response.getHeaders().putAll(problem.getMetadata());
            response.setEntity(problem.getEntity(), response.getEntityAnnotations(), problem.getMediaType());
        }
    }
}
