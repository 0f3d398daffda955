package org.captchaee.it.core;

import jakarta.enterprise.inject.Vetoed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.captchaee.RequiresCaptcha;

/** A protected resource kept out of CDI on every server: no interceptor can run on it, so its deployment must fail. */
@Path("vetoed")
@Vetoed
@RequiresCaptcha
public class VetoedResource {

    @POST
    public String call() {
        return "ran unprotected";
    }
}
