package org.captchaee.impl.pow;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;

/**
 * The fields of a widget payload, read strictly: standard Base64 (padding optional, nothing outside the alphabet) of
 * UTF-8 text that is exactly one JSON object, without duplicate fields, with the strings {@code algorithm},
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
     * @param json the parser factory
     * @return the payload, or empty if it is not of the protocol
     */
    static Optional<PowPayload> read(String base64, JsonParserFactory json) {
        return text(base64).flatMap(text -> object(text, json)).flatMap(PowPayload::fields);
    }

    private static Optional<String> text(String base64) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            // strict UTF-8: a malformed byte is an error, not a replacement character
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Map<String, JsonValue>> object(String text, JsonParserFactory json) {
        // the JSON provider is the server's: whatever it throws on hostile text (parsson refuses numbers of more than
        // 1,100 characters with an UnsupportedOperationException) means the text is not a payload, not a server error
        try (JsonParser parser = json.createParser(new StringReader(text))) {
            if (parser.next() != Event.START_OBJECT) {
                return Optional.empty();
            }
            Map<String, JsonValue> fields = new HashMap<>();
            for (Event event = parser.next(); event == Event.KEY_NAME; event = parser.next()) {
                String name = parser.getString();
                parser.next();
                if (fields.putIfAbsent(name, parser.getValue()) != null) {
                    return Optional.empty();
                }
            }
            // the loop stopped at the end of the object; anything after it is not a payload
            return parser.hasNext() ? Optional.empty() : Optional.of(fields);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<PowPayload> fields(Map<String, JsonValue> fields) {
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
