package org.captchaee.sample;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.captchaee.CaptchaKey;
import org.captchaee.RequiresCaptcha;

/**
 * {@code POST /api/login}: a password login that asks for a captcha only after 5 failed logins within 15 minutes, from
 * one client IP or for one user name (so guesses spread over many addresses still meet it).
 */
@Path("login")
@RequestScoped
public class LoginResource {

    @Inject
    DemoAccounts accounts;

    /**
     * Logs a user in.
     *
     * @param body the JSON body {@code {"username": ..., "password": ...}}
     * @return 200 with a greeting, 400 without a body, or 401 for a wrong password
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresCaptcha(scene = "login", afterFailures = 5, failureWindowSeconds = 900)
    public Response login(@CaptchaKey("username") String body) {
        Credentials credentials = JsonBodies.read(body, Credentials.class);
        if (credentials.username == null || credentials.password == null) {
            return SampleProblems.of(400, "Send a JSON body with username and password.");
        }
        if (!accounts.check(credentials)) {
            return SampleProblems.of(401, "Wrong username or password.");
        }
        String greeting = Json.createObjectBuilder()
                .add("user", credentials.username)
                .add("message", "Welcome, " + credentials.username + "!")
                .build()
                .toString();
        return Response.ok(greeting, MediaType.APPLICATION_JSON).build();
    }
}
