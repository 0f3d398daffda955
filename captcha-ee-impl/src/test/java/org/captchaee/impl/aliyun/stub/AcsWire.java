package org.captchaee.impl.aliyun.stub;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The stub's own helpers for the server side of both signatures, written from the rules in Alibaba Cloud's
 * documentation (RFC 3986 escaping of every byte outside the unreserved set) and not shared with the library.
 */
final class AcsWire {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private AcsWire() {}

    /** RFC 3986: unreserved characters as is, every other UTF-8 byte as {@code %XX}. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '~';
            if (unreserved) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** Sorted {@code name=value} pairs, each side escaped, joined by {@code &}. */
    static String sortedPairs(Map<String, String> parameters) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> entry : new TreeMap<>(parameters).entrySet()) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(escape(entry.getKey())).append('=').append(escape(entry.getValue()));
        }
        return out.toString();
    }

    /**
     * The Unix seconds of a {@code yyyy-MM-ddTHH:mm:ssZ} timestamp.
     *
     * @return the seconds, or null when the text is not such a timestamp
     */
    static Long seconds(String timestamp) {
        try {
            return LocalDateTime.parse(timestamp, TIMESTAMP).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    static String format(long seconds) {
        return TIMESTAMP.format(Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] mac(String algorithm, String key, String data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean same(String expected, String actual) {
        return actual != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
