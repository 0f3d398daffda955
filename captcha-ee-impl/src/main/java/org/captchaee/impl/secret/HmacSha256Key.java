package org.captchaee.impl.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC-SHA256 key used for many messages: the keyed state is computed once, and each MAC starts from a copy of it,
 * so that a call costs neither a provider lookup nor the key schedule. For a key used once, {@link Hashes#hmacSha256}
 * is simpler. Thread-safe: the keyed prototype is never used itself, only copied.
 */
public final class HmacSha256Key {

    private static final String ALGORITHM = "HmacSHA256";

    private final Mac prototype;
    /** The key, kept only for a provider whose MACs cannot be copied. */
    private final byte[] keyForEachMessage;

    /**
     * Keys the HMAC.
     *
     * @param key the key bytes; not empty
     */
    public HmacSha256Key(byte[] key) {
        this.prototype = keyed(key);
        this.keyForEachMessage = copy(prototype) == null ? key.clone() : null;
    }

    /**
     * The HMAC of a message.
     *
     * @param message the message, UTF-8 encoded
     * @return the 32-byte MAC
     */
    public byte[] mac(String message) {
        Mac mac = keyForEachMessage == null ? copy(prototype) : keyed(keyForEachMessage);
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        // the key is a secret: never printed
        return "HmacSha256Key";
    }

    private static Mac copy(Mac keyed) {
        try {
            return (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            // a provider whose MACs cannot be copied: a new one is keyed for each message
            return null;
        }
    }

    private static Mac keyed(byte[] key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
        }
    }
}
