package org.captchaee.impl.aliyun;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** The encodings shared by both Alibaba Cloud signatures: RPC percent-encoding, timestamps, digests, nonces. */
final class AliyunEncoding {

    /** The timestamp format of {@code x-acs-date} and of the RPC {@code Timestamp}: UTC, whole seconds. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private static final SecureRandom RANDOM = new SecureRandom();

    private AliyunEncoding() {}

    /**
     * Percent-encodes as Alibaba Cloud signs: UTF-8 form encoding, then {@code +} as {@code %20}, {@code *} as
     * {@code %2A} and {@code ~} left as is (RFC 3986 unreserved characters untouched).
     */
    static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }

    /** {@code k=v} pairs sorted by name, both percent-encoded, joined by {@code &}; empty values give {@code k=}. */
    static String canonicalQuery(Map<String, String> parameters) {
        StringJoiner joined = new StringJoiner("&");
        new TreeMap<>(parameters)
                .forEach((name, value) -> joined.add(percentEncode(name) + "=" + percentEncode(value)));
        return joined.toString();
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A fresh random nonce: 16 random bytes in lower-case hex. */
    static String newNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
