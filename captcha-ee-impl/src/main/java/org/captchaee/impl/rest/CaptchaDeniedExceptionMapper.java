package org.captchaee.impl.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.captchaee.CaptchaDeniedException;

/**
 * Turns a refused call into its {@code application/problem+json} answer. Its priority is below the default
 * ({@code USER + 100}), so an application mapper for the same exception with the default priority replaces it.
 */
@Provider
@Priority(Priorities.USER + 100)
public class CaptchaDeniedExceptionMapper implements ExceptionMapper<CaptchaDeniedException> {

    @Override
    public Response toResponse(CaptchaDeniedException exception) {
        return ProblemResponses.of(exception);
    }
}
