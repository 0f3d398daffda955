package org.captchaee.impl.config;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;

/**
 * Reads typed values from MicroProfile Config the way every key of the library is read: trimmed, blank meaning not set,
 * and a bad value reported (with the key, the value and what would be accepted) and replaced by its default, so that one
 * failed deployment lists every mistake.
 */
public final class ConfigReader {

    private final Config config;
    private final Consumer<String> problems;

    /**
     * Creates a reader.
     *
     * @param config the application's configuration
     * @param problems told each error, in a message that names the key and the fix
     */
    public ConfigReader(Config config, Consumer<String> problems) {
        this.config = config;
        this.problems = problems;
    }

    /**
     * A text value.
     *
     * @param key the key
     * @return the trimmed value, empty when the key is missing or blank
     */
    public Optional<String> text(String key) {
        return ConfigValues.text(config, key);
    }

    /**
     * A whole number within bounds.
     *
     * @param key the key
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @param defaultValue the value when the key is not set or invalid
     * @return the number
     */
    public long wholeNumber(String key, long min, long max, long defaultValue) {
        return bounded(key, Long::parseLong, min, max, defaultValue, "a whole number from " + min + " to " + max);
    }

    /**
     * A decimal number within bounds; {@code NaN} is never within them.
     *
     * @param key the key
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @param defaultValue the value when the key is not set or invalid
     * @return the number
     */
    public double decimal(String key, double min, double max, double defaultValue) {
        return bounded(
                key,
                Double::parseDouble,
                min,
                max,
                defaultValue,
                "a number from " + min + " to " + max + ", such as " + defaultValue);
    }

    /**
     * A duration in whole seconds ({@code 600}) or ISO-8601 ({@code PT10M}), within bounds.
     *
     * @param key the key
     * @param defaultValue the value when the key is not set or invalid
     * @param min the shortest accepted duration
     * @param max the longest accepted duration
     * @return the duration
     */
    public Duration duration(String key, Duration defaultValue, Duration min, Duration max) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            String text = value.get();
            Duration duration = text.chars().allMatch(Character::isDigit)
                    ? Duration.ofSeconds(Long.parseLong(text))
                    : Duration.parse(text);
            if (duration.compareTo(min) >= 0 && duration.compareTo(max) <= 0) {
                return duration;
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // reported below
        }
        problems.accept(key + "=" + value.get() + " is invalid: use seconds (600) or an ISO-8601 duration (PT10M) from "
                + min.toSeconds() + " s to " + max.toSeconds() + " s.");
        return defaultValue;
    }

    /**
     * A value that must be set.
     *
     * @param key the key
     * @param what what to set it to, completing "set it to ..."
     * @return the value, or an empty string (reported) when it is not set
     */
    public String required(String key, String what) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            problems.accept(key + " is not set: set it to " + what + ".");
        }
        return value.orElse("");
    }

    /**
     * An absolute http or https URL.
     *
     * @param key the key
     * @param defaultValue the value when the key is not set or invalid
     * @param examples what to suggest instead of a bad value, for example two real endpoints
     * @return the URL
     */
    public URI httpUrl(String key, URI defaultValue, String examples) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            URI uri = URI.create(value.get());
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.accept(key + "=" + value.get() + " is invalid: use an http(s) URL such as " + examples + ".");
        return defaultValue;
    }

    /**
     * One of a fixed set of values.
     *
     * @param key the key
     * @param defaultValue the value when the key is not set or invalid
     * @param parse reads a value, empty when it names none of the set
     * @param accepted the accepted spellings, for the message
     * @param <T> the type of the values
     * @return the value
     */
    public <T> T choice(String key, T defaultValue, Function<String, Optional<T>> parse, String accepted) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        Optional<T> parsed = parse.apply(value.get());
        if (parsed.isEmpty()) {
            problems.accept(key + "=" + value.get() + " is invalid. Accepted values: " + accepted + ".");
        }
        return parsed.orElse(defaultValue);
    }

    private <T extends Comparable<T>> T bounded(
            String key, Function<String, T> parser, T min, T max, T defaultValue, String accepted) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            T number = parser.apply(value.get());
            if (number.compareTo(min) >= 0 && number.compareTo(max) <= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.accept(key + "=" + value.get() + " is invalid. Accepted values: " + accepted + ".");
        return defaultValue;
    }
}
