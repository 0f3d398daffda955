package org.captchaee.it.app;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.captchaee.OutagePolicy;
import org.captchaee.RequiresCaptcha;

/**
 * Endpoints with scene {@code login}, one per outage policy. A subclass gives them a path, and a verifier: the
 * deployment's default, or one named by the override key {@code <class>/RequiresCaptcha/verifier}.
 */
public abstract class PolicyEndpoints {

    @POST
    @Path("allow")
    @RequiresCaptcha(scene = "login", onOutage = OutagePolicy.ALLOW)
    public String allow() {
        return "ran";
    }

    @POST
    @Path("deny")
    @RequiresCaptcha(scene = "login", onOutage = OutagePolicy.DENY)
    public String deny() {
        return "ran";
    }

    @POST
    @Path("fallback")
    @RequiresCaptcha(scene = "login", onOutage = OutagePolicy.FALLBACK)
    public String fallback() {
        return "ran";
    }
}
