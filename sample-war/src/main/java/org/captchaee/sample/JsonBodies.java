package org.captchaee.sample;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;

/**
 * Reads JSON request bodies with JSON-B. Done explicitly rather than by the JAX-RS provider, so that a malformed body is
 * the same 400 on every server (providers report it as different exceptions, some as a 500).
 */
final class JsonBodies {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonBodies() {}

    static <T> T read(String body, Class<T> type) {
        try {
            T value = body == null || body.isBlank() ? null : JSONB.fromJson(body, type);
            if (value == null) {
                throw new BadRequestException(SampleProblems.of(400, "The request body is missing."));
            }
            return value;
        } catch (JsonbException e) {
            throw new BadRequestException(SampleProblems.of(400, "The request body is not valid JSON."));
        }
    }
}
