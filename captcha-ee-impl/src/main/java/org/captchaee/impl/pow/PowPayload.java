package org.captchaee.impl.pow;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The fields of an ALTCHA v1 widget payload, read strictly ({@link StrictJson}), with the strings {@code algorithm},
 * {@code challenge}, {@code salt}, {@code signature} and the non-negative integer {@code number}. Other fields
 * ({@code took}) are ignored, except the test-mode marker {@code "test": true}.
 *
 * @param algorithm the algorithm the payload claims
 * @param challenge the challenge hex the payload claims
 * @param number the number found
 * @param salt the salt of the challenge
 * @param signature the signature hex the payload claims
 */
record PowPayload(String algorithm, String challenge, long number, String salt, String signature) {

    /**
     * Reads a payload.
     *
     * @param base64 the payload as sent, already checked for length
     * @param json the reader
     * @return the payload, or empty if it is not of the protocol
     */
    static Optional<PowPayload> read(String base64, StrictJson json) {
        return json.object(base64).flatMap(PowPayload::fields);
    }

    private static Optional<PowPayload> fields(JsonObject fields) {
        if (isTrue(fields.get("test"))
                || !(fields.get("algorithm") instanceof JsonString algorithm)
                || !(fields.get("challenge") instanceof JsonString challenge)
                || !(fields.get("salt") instanceof JsonString salt)
                || !(fields.get("signature") instanceof JsonString signature)
                || !(fields.get("number") instanceof JsonNumber number)) {
            return Optional.empty();
        }
        return number(number)
                .map(n -> new PowPayload(
                        algorithm.getString(), challenge.getString(), n, salt.getString(), signature.getString()));
    }

    private static boolean isTrue(JsonValue value) {
        return value != null && value.getValueType() == JsonValue.ValueType.TRUE;
    }

    private static Optional<Long> number(JsonNumber number) {
        // isIntegral() means scale 0, so "1e999999999" is refused before anything large is built
        if (!number.isIntegral()) {
            return Optional.empty();
        }
        BigDecimal value = number.bigDecimalValue();
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Optional.empty();
        }
        return Optional.of(value.longValueExact());
    }
}
