package org.captchaee.it.browser;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.captchaee.RequiresCaptcha;

/**
 * The endpoints the browser test page calls: one per verifier whose front end the helper handles, a second one of the
 * {@code test} verifier, and one that answers any problem body the test names.
 */
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

    @POST
    @Path("test-b")
    @RequiresCaptcha(verifier = "test")
    public String testB() {
        return "{\"ran\":\"test-b\"}";
    }

    /**
     * Asks for a captcha of any name, as a server other than this library could: with a {@code headers} member, what an
     * inherited function called as the solver would hand back as the solved captcha.
     *
     * @param verifier the name the problem gives
     * @return 403 {@code captcha_required} naming it
     */
    @POST
    @Path("problem/{verifier}")
    public Response problem(@PathParam("verifier") String verifier) {
        String body = Json.createObjectBuilder()
                .add("error", "captcha_required")
                .add("verifier", verifier)
                .add("headers", Json.createObjectBuilder().add("X-Captcha-Token", "from-the-problem"))
                .build()
                .toString();
        return Response.status(Response.Status.FORBIDDEN)
                .type("application/problem+json")
                .entity(body)
                .build();
    }
}
