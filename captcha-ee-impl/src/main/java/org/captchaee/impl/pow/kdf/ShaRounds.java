package org.captchaee.impl.pow.kdf;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * ALTCHA's SHA derivation: the digest of salt followed by password, then {@code cost - 1} more digests, each of the
 * whole previous digest, truncated to the key length at the end (altcha-lib 2.x, {@code algorithms/sha}).
 */
final class ShaRounds implements KeyDerivation {

    private final String digest;
    private final KdfParameters parameters;

    /**
     * Fixes the digest and the rounds.
     *
     * @param digest the JDK name of the digest: {@code SHA-256}, {@code SHA-384} or {@code SHA-512}
     * @param parameters the cost (rounds) and the key length
     */
    ShaRounds(String digest, KdfParameters parameters) {
        this.digest = digest;
        this.parameters = parameters;
        newDigest();
    }

    @Override
    public byte[] derive(byte[] password, byte[] salt) {
        MessageDigest sha = newDigest();
        sha.update(salt);
        sha.update(password);
        byte[] key = sha.digest();
        for (int round = 1; round < parameters.cost(); round++) {
            key = sha.digest(key);
        }
        return Arrays.copyOf(key, Math.min(key.length, parameters.keyLength()));
    }

    private MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has " + digest, e);
        }
    }
}
