package org.captchaee.it.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.captchaee.RequiresCaptcha;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * A protected method that also uses MicroProfile Fault Tolerance. The captcha interceptor runs first, so a refused call
 * is neither retried nor turned into the fallback's answer.
 */
@Path("retried")
@RequestScoped
public class RetriedResource {

    @POST
    @RequiresCaptcha
    @Retry(maxRetries = 3, delay = 0)
    @Fallback(fallbackMethod = "fallback")
    public String call() {
        return "ran";
    }

    public String fallback() {
        return "fallback";
    }
}
