package org.captchaee.it.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.captchaee.CaptchaKey;
import org.captchaee.RequiresCaptcha;

/** Adaptive captchas: a login that asks after failures (per IP and per user name), and a call that asks over a rate. */
@Path("adaptive")
@RequestScoped
public class AdaptiveResource {

    /** Any user name; the password "right" logs in, anything else is a 401 (returned). */
    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresCaptcha(scene = "login", afterFailures = 5)
    public Response login(@CaptchaKey("username") String body) {
        return body.contains("\"password\":\"right\"")
                ? Response.ok("welcome").build()
                : Response.status(401).entity("wrong password").build();
    }

    /** The same, failing by exception. */
    @POST
    @Path("login-throws")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresCaptcha(scene = "login", afterFailures = 2)
    public String loginThrows(@CaptchaKey("username") String body) {
        if (!body.contains("\"password\":\"right\"")) {
            throw new NotAuthorizedException("wrong password", "Basic");
        }
        return "welcome";
    }

    /** The same as a {@code void} method whose failure an application exception mapper turns into a 401. */
    @POST
    @Path("login-mapped")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresCaptcha(scene = "login", afterFailures = 2)
    public void loginMapped(@CaptchaKey("username") String body) {
        if (!body.contains("\"password\":\"right\"")) {
            throw new WrongPasswordException();
        }
    }

    /** The same, answered asynchronously. */
    @POST
    @Path("login-async")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresCaptcha(scene = "login", afterFailures = 2)
    public CompletionStage<Response> loginAsync(@CaptchaKey("username") String body) {
        boolean right = body.contains("\"password\":\"right\"");
        return CompletableFuture.supplyAsync(() -> right
                ? Response.ok("welcome").build()
                : Response.status(401).entity("wrong password").build());
    }

    /** Two calls per hour without a captcha, set through configuration (the annotation says 100). */
    @POST
    @Path("sms")
    @RequiresCaptcha(scene = "sms", afterRequests = 100)
    public String sms() {
        return "sent";
    }
}
