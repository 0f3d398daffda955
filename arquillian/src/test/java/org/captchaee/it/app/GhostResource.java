package org.captchaee.it.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.captchaee.RequiresCaptcha;

/** Names a verifier that does not exist: its deployment must fail. */
@Path("ghost")
@RequestScoped
public class GhostResource {

    @POST
    @RequiresCaptcha(verifier = "ghost")
    public String ghost() {
        return "never";
    }
}
