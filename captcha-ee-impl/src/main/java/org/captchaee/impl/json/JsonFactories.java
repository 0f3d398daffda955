package org.captchaee.impl.json;

import java.io.InputStream;
import java.io.Reader;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

/**
 * The JSON provider's factories, looked up once when this class is first used. {@code Json.createObjectBuilder()} and
 * its kin look the provider up again on every call: a service-loader scan of the deployment's class path and, on
 * WildFly, several failed class loads with their stack traces, which cost more than the rest of a refused call. Every
 * JSON text this library reads or writes goes through here. Thread-safe.
 */
public final class JsonFactories {

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private JsonFactories() {}

    /**
     * A new object builder.
     *
     * @return the builder
     */
    public static JsonObjectBuilder objectBuilder() {
        return BUILDERS.createObjectBuilder();
    }

    /**
     * A reader of a text.
     *
     * @param text the text
     * @return the reader, to close
     */
    public static JsonReader reader(Reader text) {
        return READERS.createReader(text);
    }

    /**
     * A reader of UTF-8 (or, as JSON allows, UTF-16 or UTF-32) bytes.
     *
     * @param bytes the bytes
     * @return the reader, to close
     */
    public static JsonReader reader(InputStream bytes) {
        return READERS.createReader(bytes);
    }

    /**
     * A streaming parser of a text.
     *
     * @param text the text
     * @return the parser, to close
     */
    public static JsonParser parser(Reader text) {
        return PARSERS.createParser(text);
    }
}
