package org.captchaee.sample;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/** The sample's own error answers, in the same problem format as the captcha answers. */
final class SampleProblems {

    private SampleProblems() {}

    static Response of(int status, String detail) {
        String body = Json.createObjectBuilder()
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString();
        return Response.status(status)
                .type("application/problem+json")
                .entity(body)
                .build();
    }
}
