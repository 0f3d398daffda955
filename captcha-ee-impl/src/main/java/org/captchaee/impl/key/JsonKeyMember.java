package org.captchaee.impl.key;

import java.io.StringReader;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;

import org.captchaee.impl.json.JsonFactories;

/**
 * Reads one member of a JSON object text with a streaming parser: no tree is built, nested values are stepped over,
 * and reading stops where the top-level object ends. Each occurrence of the member is checked, so a client cannot hide
 * the key from the library while the application reads it: a key that is not a string or number, or that appears twice
 * with different values, is refused.
 */
final class JsonKeyMember {

    private JsonKeyMember() {}

    /**
     * Reads a member.
     *
     * @param body the JSON text
     * @param member the member's name
     * @return the member's text (a number as a decimal); empty when it is absent or the body is not a JSON object
     * @throws MalformedKeyException when the body is over {@link KeyReader#MAX_JSON_BODY_CHARS}, or the member is not a
     *     string or number, or appears again with another value
     */
    static Optional<String> read(String body, String member) {
        if (body.length() > KeyReader.MAX_JSON_BODY_CHARS) {
            throw MalformedKeyException.bodyTooLarge(KeyReader.MAX_JSON_BODY_CHARS);
        }
        String found = null;
        try (JsonParser parser = JsonFactories.parser(new StringReader(body))) {
            if (parser.next() != Event.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.next() == Event.KEY_NAME) {
                boolean isKey = parser.getString().equals(member);
                Event value = parser.next();
                if (isKey) {
                    found = agreeing(found, text(parser, value, member), member);
                } else {
                    skip(parser, value);
                }
            }
        } catch (JsonException | NoSuchElementException e) {
            // not JSON, or a body that breaks off: the key read so far, if any (the application cannot read it either)
        }
        return Optional.ofNullable(found);
    }

    private static String text(JsonParser parser, Event value, String member) {
        return switch (value) {
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER -> parser.getBigDecimal().toString();
            default -> throw MalformedKeyException.notScalar(member);
        };
    }

    private static String agreeing(String earlier, String later, String member) {
        if (earlier != null && !earlier.equals(later)) {
            throw MalformedKeyException.conflictingDuplicates(member);
        }
        return later;
    }

    /** Steps over a value whose first event was just read, counting depth rather than building it. */
    private static void skip(JsonParser parser, Event first) {
        if (first != Event.START_OBJECT && first != Event.START_ARRAY) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            switch (parser.next()) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                default -> {
                    // a member name or a scalar inside the skipped value
                }
            }
        }
    }
}
