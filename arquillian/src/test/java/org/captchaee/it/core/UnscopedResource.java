package org.captchaee.it.core;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.captchaee.RequiresCaptcha;

/**
 * A resource protected on its method but without a scope: in an archive whose {@code beans.xml} discovers annotated
 * classes only it is no CDI bean, so no interceptor can run on it. Its deployment must fail.
 */
@Path("unscoped")
public class UnscopedResource {

    @POST
    @RequiresCaptcha
    public String call() {
        return "ran unprotected";
    }
}
