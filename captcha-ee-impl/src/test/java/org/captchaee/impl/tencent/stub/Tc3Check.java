package org.captchaee.impl.tencent.stub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of TC3-HMAC-SHA256, written from Tencent's signature documentation independently of the library's
 * signer: it signs whatever headers the request lists in {@code SignedHeaders}, and answers the error code the real API
 * gives, or {@code null} when the request is authentic.
 */
final class Tc3Check {

    private static final Pattern AUTHORIZATION =
            Pattern.compile("TC3-HMAC-SHA256 Credential=([^/]+)/(\\d{4}-\\d{2}-\\d{2})/([a-z]+)/tc3_request,"
                    + " SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");
    private static final long MAX_SKEW_SECONDS = 300;

    private final String service;
    private final Map<String, String> secretKeysById;

    Tc3Check(String service, Map<String, String> secretKeysById) {
        this.service = service;
        this.secretKeysById = secretKeysById;
    }

    /**
     * Checks one request.
     *
     * @param headers the request headers, by lower-case name
     * @param body the body bytes
     * @param now the server's clock, in Unix seconds
     * @return the API error code, or null when the signature is valid
     */
    String check(Map<String, String> headers, byte[] body, long now) {
        String authorization = headers.get("authorization");
        Matcher parts = authorization == null ? null : AUTHORIZATION.matcher(authorization);
        if (parts == null || !parts.matches()) {
            return "AuthFailure.InvalidAuthorization";
        }
        String secretKey = secretKeysById.get(parts.group(1));
        if (secretKey == null) {
            return "AuthFailure.SecretIdNotFound";
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(headers.getOrDefault("x-tc-timestamp", ""));
        } catch (NumberFormatException e) {
            return "AuthFailure.InvalidAuthorization";
        }
        if (Math.abs(now - timestamp) > MAX_SKEW_SECONDS) {
            return "AuthFailure.SignatureExpire";
        }
        String date = Instant.ofEpochSecond(timestamp)
                .atOffset(ZoneOffset.UTC)
                .toLocalDate()
                .toString();
        if (!date.equals(parts.group(2)) || !service.equals(parts.group(3))) {
            return "AuthFailure.SignatureFailure";
        }
        String signedHeaders = parts.group(4);
        if (!(";" + signedHeaders + ";").contains(";content-type;")
                || !(";" + signedHeaders + ";").contains(";host;")) {
            return "AuthFailure.SignatureFailure";
        }
        String expected = signature(secretKey, date, service, timestamp, canonical(headers, signedHeaders, body));
        return MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII),
                        parts.group(5).getBytes(StandardCharsets.US_ASCII))
                ? null
                : "AuthFailure.SignatureFailure";
    }

    private static String canonical(Map<String, String> headers, String signedHeaders, byte[] body) {
        Map<String, String> signed = new TreeMap<>();
        for (String name : signedHeaders.split(";")) {
            String value = headers.getOrDefault(name, "").trim();
            // the documentation lower-cases the value of x-tc-action when it is signed
            signed.put(name, name.equals("x-tc-action") ? value.toLowerCase(Locale.ROOT) : value);
        }
        StringBuilder canonicalHeaders = new StringBuilder();
        signed.forEach((name, value) ->
                canonicalHeaders.append(name).append(':').append(value).append('\n'));
        return "POST\n/\n\n" + canonicalHeaders + "\n" + String.join(";", signed.keySet()) + "\n" + hex(sha256(body));
    }

    private static String signature(String secretKey, String date, String service, long timestamp, String canonical) {
        String toSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + date + "/" + service + "/tc3_request\n"
                + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] key = mac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = mac(key, service);
        key = mac(key, "tc3_request");
        return hex(mac(key, toSign));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] mac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
