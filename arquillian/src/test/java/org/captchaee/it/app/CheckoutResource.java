package org.captchaee.it.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.captchaee.RequiresCaptcha;

/** One method protected by the default verifier and policy: the target of the built-in captcha tests. */
@Path("checkout")
@RequestScoped
public class CheckoutResource {

    @POST
    @RequiresCaptcha(scene = "checkout")
    public String checkout() {
        return "ran";
    }
}
