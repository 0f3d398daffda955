package org.captchaee.sample;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/status}: an ordinary endpoint with no captcha. */
@Path("status")
@RequestScoped
public class StatusResource {

    /**
     * Says the application is up.
     *
     * @return a small JSON document
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String status() {
        return "{\"status\":\"up\"}";
    }
}
