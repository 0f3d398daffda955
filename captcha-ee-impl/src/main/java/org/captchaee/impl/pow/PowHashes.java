package org.captchaee.impl.pow;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.captchaee.impl.secret.Hashes;
import org.captchaee.impl.secret.HmacSha256Key;

/**
 * The hashes of ALTCHA: the v1 challenge {@code hex(SHA-256(salt + number))}, and the signature
 * {@code hex(HMAC-SHA256(hmacKey, text))} of a v1 challenge or of v2 parameters, both lowercase hex of UTF-8 text.
 * Shared by the issuers and the checkers so that both compute them the same way.
 */
final class PowHashes {

    /** The only algorithm we issue and accept in v1, spelled as in the protocol. */
    static final String ALGORITHM = "SHA-256";

    private final HmacSha256Key key;

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
        this.key = new HmacSha256Key(hmacKey.getBytes(StandardCharsets.UTF_8));
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
     * The signature of a text: a v1 challenge, or the canonical JSON of v2 parameters.
     *
     * @param text the text, signed as UTF-8
     * @return lowercase hex of the HMAC
     */
    String signature(String text) {
        return HexFormat.of().formatHex(key.mac(text));
    }

    @Override
    public String toString() {
        // the key is a secret: never printed
        return "PowHashes";
    }
}
