package org.captchaee.impl.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Tamper-proof text: {@code <text>.<base64url HMAC-SHA256 of the text>}. Opening compares the whole signature text in
 * constant time, so exactly one spelling of a signed text is accepted.
 */
public final class SignedText {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    /**
     * Creates a signer.
     *
     * @param key the key
     */
    public SignedText(byte[] key) {
        this.key = key.clone();
    }

    /**
     * Signs a text.
     *
     * @param text printable text
     * @return the text and its signature
     */
    public String sign(String text) {
        return text + "." + signature(text);
    }

    /**
     * Checks a signed text.
     *
     * @param signed what {@link #sign} made, or anything a client sent
     * @return the text, if the signature is ours
     */
    public Optional<String> open(String signed) {
        int dot = signed.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String text = signed.substring(0, dot);
        byte[] expected = signature(text).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = signed.substring(dot + 1).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, actual) ? Optional.of(text) : Optional.empty();
    }

    /**
     * A keyed digest of a value, for values that must be checked later without being revealed (a captcha's answer).
     *
     * @param value the value
     * @return 16 bytes of HMAC-SHA256, base64url
     */
    public String digest(String value) {
        byte[] mac = Hashes.hmacSha256(key, "digest:" + value);
        return BASE64URL.encodeToString(Arrays.copyOf(mac, 16));
    }

    private String signature(String text) {
        return BASE64URL.encodeToString(Hashes.hmacSha256(key, text));
    }
}
