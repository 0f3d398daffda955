package org.captchaee.impl.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256 and HMAC, the hashes the library uses (request signing, token signing, fingerprints, ALTCHA), in one place.
 * HMAC-SHA1 is only there because Alibaba Cloud's legacy RPC signature demands it. Every method is thread-safe.
 */
public final class Hashes {

    private static final String HMAC_SHA256 = "HmacSHA256";
    private static final String HMAC_SHA1 = "HmacSHA1";
    private static final MessageDigest SHA256_PROTOTYPE = newSha256();

    private Hashes() {}

    /**
     * SHA-256.
     *
     * @param data the bytes
     * @return the 32-byte hash
     */
    public static byte[] sha256(byte[] data) {
        return copyOfPrototype().digest(data);
    }

    /**
     * SHA-256 in lowercase hex.
     *
     * @param data the bytes
     * @return 64 hex digits
     */
    public static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256(data));
    }

    /**
     * HMAC-SHA256.
     *
     * @param key the key
     * @param message the message, UTF-8 encoded
     * @return the 32-byte MAC
     */
    public static byte[] hmacSha256(byte[] key, String message) {
        return hmac(HMAC_SHA256, key, message);
    }

    /**
     * HMAC-SHA1, for protocols that still require it (Alibaba Cloud's RPC signature); never for the library's own
     * tokens.
     *
     * @param key the key
     * @param message the message, UTF-8 encoded
     * @return the 20-byte MAC
     */
    public static byte[] hmacSha1(byte[] key, String message) {
        return hmac(HMAC_SHA1, key, message);
    }

    private static byte[] hmac(String algorithm, byte[] key, String message) {
        try {
            // a Mac is not thread-safe: one per call
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + algorithm, e);
        }
    }

    private static MessageDigest copyOfPrototype() {
        try {
            return (MessageDigest) SHA256_PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
