package org.captchaee.impl.pow;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;

import org.captchaee.impl.json.JsonFactories;

/**
 * Reads a widget payload strictly, for both ALTCHA versions: standard Base64 (padding optional, nothing outside the
 * alphabet) of UTF-8 text that is exactly one JSON object, with no duplicate member in it or in the objects it holds.
 * Thread-safe.
 */
final class StrictJson {

    /**
     * Reads a payload.
     *
     * @param base64 the payload as sent, already checked for length
     * @return the object, or empty if the text is not of that shape
     */
    Optional<JsonObject> object(String base64) {
        return text(base64).flatMap(this::parse);
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

    private Optional<JsonObject> parse(String text) {
        // the JSON provider is the server's: whatever it throws on hostile text (parsson refuses numbers of more than
        // 1,100 characters with an UnsupportedOperationException) means the text is not a payload, not a server error
        try (JsonParser parser = JsonFactories.parser(new StringReader(text))) {
            if (parser.next() != Event.START_OBJECT) {
                return Optional.empty();
            }
            Optional<JsonObject> object = members(parser);
            // the object ended; anything after it is not a payload
            return parser.hasNext() ? Optional.empty() : object;
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The members of the object whose start the parser just read, up to its end. */
    private Optional<JsonObject> members(JsonParser parser) {
        JsonObjectBuilder builder = JsonFactories.objectBuilder();
        Set<String> names = new HashSet<>();
        for (Event event = parser.next(); event == Event.KEY_NAME; event = parser.next()) {
            String name = parser.getString();
            if (!names.add(name)) {
                return Optional.empty();
            }
            if (parser.next() == Event.START_OBJECT) {
                Optional<JsonObject> inner = members(parser);
                if (inner.isEmpty()) {
                    return Optional.empty();
                }
                builder.add(name, inner.get());
            } else {
                builder.add(name, parser.getValue());
            }
        }
        return Optional.of(builder.build());
    }
}
