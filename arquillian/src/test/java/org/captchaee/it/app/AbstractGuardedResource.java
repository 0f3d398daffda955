package org.captchaee.it.app;

import jakarta.ws.rs.GET;

import org.captchaee.RequiresCaptcha;

/** A base resource whose class-level annotation, and method, are inherited by its subclass. */
@RequiresCaptcha(scene = "inherited")
public abstract class AbstractGuardedResource {

    @GET
    public String get() {
        return "inherited";
    }
}
