package org.captchaee.it.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.captchaee.RequiresCaptcha;

/** The endpoints the browser test page calls, one per verifier whose front end the helper handles. */
@Path("browser")
@RequestScoped
public class BrowserResource {

    @POST
    @Path("pow")
    @RequiresCaptcha(verifier = "pow")
    public String pow() {
        return "{\"ran\":\"pow\"}";
    }

    @POST
    @Path("image")
    @RequiresCaptcha(verifier = "image")
    public String image() {
        return "{\"ran\":\"image\"}";
    }

    @POST
    @Path("test")
    @RequiresCaptcha(verifier = "test")
    public String test() {
        return "{\"ran\":\"test\"}";
    }
}
