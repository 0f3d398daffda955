package org.captchaee.impl.request;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.captchaee.impl.problem.ProblemMessage;

/**
 * The generic checks every captcha header passes before any verifier sees it: sent once, at most 4 KiB, no control
 * characters. Provider-specific shapes are the verifiers' business.
 */
public final class CaptchaHeaders {

    /** Captcha headers are the request headers whose name starts with this, ignoring case. */
    public static final String PREFIX = "x-captcha-";

    /** The longest value accepted, in UTF-8 bytes. */
    public static final int MAX_BYTES = 4096;

    private static final int MAX_NAME_IN_MESSAGE = 64;

    private CaptchaHeaders() {}

    /**
     * Whether a request header is a captcha header.
     *
     * @param name the header name
     * @return {@code true} if it starts with {@code X-Captcha-}
     */
    public static boolean isCaptchaHeader(String name) {
        return name.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /**
     * Checks the captcha headers of a request.
     *
     * @param headers every value of every captcha header, by name
     * @return one value per header, by lower-case name
     * @throws MalformedHeaderException if a header is repeated, too long or has control characters
     */
    public static Map<String, String> validate(Map<String, List<String>> headers) throws MalformedHeaderException {
        Map<String, String> valid = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            List<String> values = header.getValue();
            if (values.size() != 1 || valid.containsKey(name)) {
                throw new MalformedHeaderException(ProblemMessage.of("detail.header.repeated", display(name)));
            }
            String value = values.get(0);
            if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                throw new MalformedHeaderException(
                        ProblemMessage.of("detail.header.too_long", display(name), MAX_BYTES));
            }
            if (hasControlCharacter(value)) {
                throw new MalformedHeaderException(
                        ProblemMessage.of("detail.header.control_characters", display(name)));
            }
            valid.put(name, value);
        }
        return valid;
    }

    private static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F));
    }

    /**
     * A header name as messages show it: in the canonical {@code X-Captcha-Name} spelling, cut short.
     *
     * @param lowerCaseName the name in lower case
     * @return the name to show
     */
    public static String display(String lowerCaseName) {
        StringBuilder display = new StringBuilder();
        boolean upper = true;
        for (char c : lowerCaseName.toCharArray()) {
            display.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-';
            if (display.length() == MAX_NAME_IN_MESSAGE) {
                return display + "...";
            }
        }
        return display.toString();
    }
}
