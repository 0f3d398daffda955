package org.captchaee.it.core;

import jakarta.ejb.Stateless;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.captchaee.RequiresCaptcha;

/** A resource that is a stateless session bean, as many Jakarta EE applications write them. */
@Path("stateless")
@Stateless
public class StatelessResource {

    @POST
    @RequiresCaptcha
    public String call() {
        return "ran";
    }
}
