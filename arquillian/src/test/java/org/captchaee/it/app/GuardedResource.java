package org.captchaee.it.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.captchaee.RequiresCaptcha;

/** Protected as a whole, by a class-level annotation. */
@Path("guarded")
@RequestScoped
@RequiresCaptcha(scene = "guarded")
public class GuardedResource {

    @GET
    public String get() {
        return "guarded";
    }
}
