package org.captchaee.impl.pow;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.captchaee.impl.secret.Hashes;

/**
 * The two hashes of ALTCHA v1 with SHA-256: the challenge {@code hex(SHA-256(salt + number))} and its signature
 * {@code hex(HMAC-SHA256(hmacKey, challenge))}, both lowercase hex of UTF-8 text. Shared by the issuer and the checker
 * so that both compute them the same way.
 */
final class PowHashes {

    /** The only algorithm we issue and accept, spelled as in the protocol. */
    static final String ALGORITHM = "SHA-256";

    private final byte[] key;

    /**
     * Keeps the HMAC key.
     *
     * @param hmacKey the secret, used as its UTF-8 bytes; not empty
     * @throws IllegalArgumentException if the key is empty
     */
    PowHashes(String hmacKey) {
        if (hmacKey == null || hmacKey.isEmpty()) {
            throw new IllegalArgumentException("the ALTCHA HMAC key is empty");
        }
        this.key = hmacKey.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The challenge of a salt and a number: the number is rendered in decimal and appended to the salt as text.
     *
     * @param salt the salt
     * @param number the secret number, not negative
     * @return lowercase hex of the SHA-256 hash
     */
    static String challenge(String salt, long number) {
        return Hashes.sha256Hex((salt + number).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The signature of a challenge.
     *
     * @param challenge the challenge, lowercase hex
     * @return lowercase hex of the HMAC
     */
    String signature(String challenge) {
        return HexFormat.of().formatHex(Hashes.hmacSha256(key, challenge));
    }

    @Override
    public String toString() {
        // the key is a secret: never printed
        return "PowHashes[" + ALGORITHM + "]";
    }
}
