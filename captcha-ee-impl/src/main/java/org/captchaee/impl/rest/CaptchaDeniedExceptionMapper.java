package org.captchaee.impl.rest;

import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.impl.CaptchaExtension;
import org.captchaee.impl.image.ImageVerifier;
import org.captchaee.impl.pow.PowVerifier;

/**
 * Turns a refused call into its {@code application/problem+json} answer. Its priority is below the default
 * ({@code USER + 100}), so an application mapper for the same exception with the default priority replaces it. For the
 * built-in verifiers the answer also says where to get a challenge ({@code challenge}).
 */
@Provider
@Priority(Priorities.USER + 100)
@ApplicationScoped
public class CaptchaDeniedExceptionMapper implements ExceptionMapper<CaptchaDeniedException> {

    private static final Map<String, String> CHALLENGES =
            Map.of(ImageVerifier.NAME, "/image", PowVerifier.NAME, "/pow");

    @Inject
    CaptchaExtension extension;

    @Inject
    HttpServletRequest request;

    @Override
    public Response toResponse(CaptchaDeniedException exception) {
        return ProblemResponses.of(
                exception,
                challengeOf(exception.verifier()),
                extension.configuration().testMode().isOn());
    }

    /** The path of the challenge endpoint of a built-in verifier, under this application's JAX-RS path. */
    private Optional<String> challengeOf(String verifier) {
        String endpoint = CHALLENGES.get(verifier);
        if (endpoint == null) {
            return Optional.empty();
        }
        // the JAX-RS application's servlet path, as in /context/api
        String application = request.getContextPath() + request.getServletPath();
        return Optional.of(
                application + "/" + extension.configuration().settings().endpointsPath() + endpoint);
    }
}
