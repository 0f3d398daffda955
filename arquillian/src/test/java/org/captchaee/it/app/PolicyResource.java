package org.captchaee.it.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.captchaee.OutagePolicy;
import org.captchaee.RequiresCaptcha;

/** Endpoints behind the deployment's default verifier (a cloud provider), one per outage policy. */
@Path("policy")
@RequestScoped
public class PolicyResource {

    @POST
    @Path("allow")
    @RequiresCaptcha(scene = "login", onOutage = OutagePolicy.ALLOW)
    public String allow() {
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
}
