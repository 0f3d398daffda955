package org.captchaee.bench.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.captchaee.OutagePolicy;
import org.captchaee.RequiresCaptcha;

/** The endpoints the server benchmark compares: one trivial answer, unprotected and behind each kind of captcha. */
@ApplicationScoped
@Path("bench")
@Produces(MediaType.TEXT_PLAIN)
public class BenchResource {

    private static final String OK = "ok";

    /**
     * Without a captcha.
     *
     * @return {@code ok}
     */
    @GET
    @Path("plain")
    public String plain() {
        return OK;
    }

    /**
     * Behind the application verifier that passes any fresh token (the deployment's default verifier).
     *
     * @return {@code ok}
     */
    @GET
    @Path("protected")
    @RequiresCaptcha
    public String guarded() {
        return OK;
    }

    /**
     * Behind the built-in proof of work.
     *
     * @return {@code ok}
     */
    @GET
    @Path("pow")
    @RequiresCaptcha(verifier = "pow")
    public String pow() {
        return OK;
    }

    /**
     * Behind Tencent, passing while it is down.
     *
     * @return {@code ok}
     */
    @GET
    @Path("tencent-allow")
    @RequiresCaptcha(verifier = "tencent", onOutage = OutagePolicy.ALLOW)
    public String tencentAllow() {
        return OK;
    }

    /**
     * Behind Tencent, refusing (503) while it is down.
     *
     * @return {@code ok}
     */
    @GET
    @Path("tencent-deny")
    @RequiresCaptcha(verifier = "tencent", onOutage = OutagePolicy.DENY)
    public String tencentDeny() {
        return OK;
    }
}
