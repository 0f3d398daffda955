package org.captchaee.it.ops;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.captchaee.OutagePolicy;
import org.captchaee.RequiresCaptcha;

/** One endpoint under the outage policy allow, in a deployment without a fallback verifier. */
@Path("metered")
@RequestScoped
public class MeteredResource {

    @POST
    @RequiresCaptcha(scene = "login", onOutage = OutagePolicy.ALLOW)
    public String run() {
        return "ran";
    }
}
