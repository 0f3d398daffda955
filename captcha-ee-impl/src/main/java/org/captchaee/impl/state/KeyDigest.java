package org.captchaee.impl.state;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.captchaee.impl.secret.Hashes;

/**
 * The 128-bit digest under which the in-memory store files a key: the first half of its SHA-256. Keys can hold values a
 * client chooses (an IP address, a user name), so the digest must be one whose collisions nobody can craft.
 *
 * @param hi the first 64 bits
 * @param lo the next 64 bits
 */
record KeyDigest(long hi, long lo) {

    /** Digests a key. */
    static KeyDigest of(String key) {
        ByteBuffer hash = ByteBuffer.wrap(Hashes.sha256(key.getBytes(StandardCharsets.UTF_8)));
        return new KeyDigest(hash.getLong(), hash.getLong());
    }
}
