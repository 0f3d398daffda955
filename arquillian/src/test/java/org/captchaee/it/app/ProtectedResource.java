package org.captchaee.it.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.captchaee.OutagePolicy;
import org.captchaee.RequiresCaptcha;

/** Methods protected in every way the annotation allows. */
@Path("protected")
@RequestScoped
public class ProtectedResource {

    @POST
    @Path("default")
    @RequiresCaptcha(scene = "checkout")
    public String byDefault() {
        return "ran";
    }

    @POST
    @Path("deny")
    @RequiresCaptcha(onOutage = OutagePolicy.DENY)
    public String deny() {
        return "ran";
    }

    @POST
    @Path("fallback")
    @RequiresCaptcha(onOutage = OutagePolicy.FALLBACK)
    public String fallback() {
        return "ran";
    }

    @POST
    @Path("pin")
    @RequiresCaptcha(verifier = "pin")
    public String pin() {
        return "ran";
    }

    /** Its outage policy is overridden to deny through MicroProfile Config. */
    @POST
    @Path("overridden")
    @RequiresCaptcha
    public String overridden() {
        return "ran";
    }

    @GET
    @Path("open")
    public String open() {
        return "open";
    }
}
