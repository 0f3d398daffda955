package org.captchaee.it.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test deployments only: {@code GET /api/test-answers/last}, the answer of the newest image challenge. */
@Path("test-answers")
@RequestScoped
public class AnswersResource {

    @GET
    @Path("last")
    @Produces(MediaType.TEXT_PLAIN)
    public String last() {
        return KnownAnswers.last();
    }
}
