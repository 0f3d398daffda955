package org.captchaee.impl.rest;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.impl.problem.ChallengeEndpoint;
import org.captchaee.impl.problem.ProblemTexts;
import org.captchaee.impl.runtime.CaptchaRuntime;
import org.captchaee.impl.runtime.RuntimeRegistry;

/**
 * Turns a refused call into its {@code application/problem+json} answer. Its priority is below the default
 * ({@code USER + 100}), so an application mapper for the same exception with the default priority replaces it. For the
 * built-in verifiers the answer also says where to get a challenge ({@code challenge}). Its {@code title} and
 * {@code detail} are in the language the request's {@code Accept-Language} prefers among those of the problem bundles.
 */
@Provider
@Priority(Priorities.USER + 100)
@ApplicationScoped
public class CaptchaDeniedExceptionMapper implements ExceptionMapper<CaptchaDeniedException> {

    @Inject
    RuntimeRegistry registry;

    @Inject
    HttpServletRequest request;

    @Override
    public Response toResponse(CaptchaDeniedException exception) {
        // several Accept-Language lines are one list, as RFC 9110 combines them
        Enumeration<String> lines = request.getHeaders(HttpHeaders.ACCEPT_LANGUAGE);
        return answer(
                exception,
                lines == null ? null : String.join(",", Collections.list(lines)),
                request.getContextPath() + request.getServletPath());
    }

    /**
     * The answer to a refusal found once the call ended, read from the request's JAX-RS context: when a call ends
     * asynchronously, the servlet request's scope is no longer active.
     *
     * @param exception the refusal
     * @param call the request of the call
     * @return the problem answer
     */
    public Response toResponse(CaptchaDeniedException exception, ContainerRequestContext call) {
        List<String> lines = call.getHeaders().getOrDefault(HttpHeaders.ACCEPT_LANGUAGE, List.of());
        String base = call.getUriInfo().getBaseUri().getRawPath();
        return answer(
                exception,
                lines.isEmpty() ? null : String.join(",", lines),
                base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    private Response answer(CaptchaDeniedException exception, String acceptLanguage, String application) {
        return ProblemResponses.of(
                exception,
                challengeOf(exception.verifier(), application),
                ProblemTexts.forAcceptLanguage(acceptLanguage),
                registry.runtime().testMode().isOn());
    }

    /** Lets a redeployed application read its problem bundles again, and this one be unloaded. */
    @PreDestroy
    void forgetBundles() {
        ProblemTexts.forgetApplication();
    }

    /**
     * The path of the challenge endpoint of a built-in verifier, under the JAX-RS application's path (as in
     * {@code /context/api}).
     */
    private Optional<String> challengeOf(String verifier, String application) {
        CaptchaRuntime runtime = registry.runtime();
        if (runtime.verifiers().get(verifier) instanceof ChallengeEndpoint endpoint) {
            return Optional.of(application + "/" + runtime.settings().endpointsPath() + "/" + endpoint.challengePath());
        }
        return Optional.empty();
    }
}
