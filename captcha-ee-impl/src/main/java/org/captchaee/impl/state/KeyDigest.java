package org.captchaee.impl.state;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The 128-bit digest under which the in-memory store files a key: the first half of its SHA-256. Keys can hold values a
 * client chooses (an IP address, a user name), so the digest must be one whose collisions nobody can craft.
 *
 * @param hi the first 64 bits
 * @param lo the next 64 bits
 */
record KeyDigest(long hi, long lo) {

    private static final MessageDigest PROTOTYPE = sha256();

    /** Digests a key. */
    static KeyDigest of(String key) {
        MessageDigest digest = copy();
        ByteBuffer hash = ByteBuffer.wrap(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
        return new KeyDigest(hash.getLong(), hash.getLong());
    }

    private static MessageDigest copy() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
