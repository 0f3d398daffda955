package org.captchaee.impl.pow;

import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * An ALTCHA v2 widget payload read strictly ({@link StrictJson}) down to its shape:
 * {@code {"challenge": {"parameters": {...}, "signature": ...}, "solution": {"counter": ..., "derivedKey": ...}}}.
 * The values are checked by {@link KdfSolutions}; other members ({@code solution.time}) are ignored, except the
 * test-mode marker {@code "test": true}.
 *
 * @param parameters the challenge's parameters as sent
 * @param signature the challenge's signature as sent; may be null
 * @param counter the counter found; may be null
 * @param derivedKey the key derived from it; may be null
 */
record KdfPayload(JsonObject parameters, JsonValue signature, JsonValue counter, JsonValue derivedKey) {

    /**
     * Reads a payload.
     *
     * @param base64 the payload as sent, already checked for length
     * @param json the reader
     * @return the payload, or empty if it does not have the shape of the protocol
     */
    static Optional<KdfPayload> read(String base64, StrictJson json) {
        return json.object(base64).flatMap(KdfPayload::shape);
    }

    private static Optional<KdfPayload> shape(JsonObject payload) {
        if (isTrue(payload.get("test"))
                || !(payload.get("challenge") instanceof JsonObject challenge)
                || !(challenge.get("parameters") instanceof JsonObject parameters)
                || !(payload.get("solution") instanceof JsonObject solution)) {
            return Optional.empty();
        }
        return Optional.of(new KdfPayload(
                parameters, challenge.get("signature"), solution.get("counter"), solution.get("derivedKey")));
    }

    private static boolean isTrue(JsonValue value) {
        return value != null && value.getValueType() == JsonValue.ValueType.TRUE;
    }
}
