package org.captchaee.it.app;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers {@link WrongPasswordException} with 401, as an application's own mapper would. */
@Provider
public class WrongPasswordMapper implements ExceptionMapper<WrongPasswordException> {

    @Override
    public Response toResponse(WrongPasswordException exception) {
        return Response.status(401).entity("wrong password").build();
    }
}
