package org.captchaee.impl.pow.kdf;

/**
 * The cost parameters of a key derivation, as a challenge states them.
 *
 * @param cost the work factor: rounds for SHA, iterations for PBKDF2, N for scrypt, passes for Argon2id; at least 1
 * @param memoryCost r (the block size) for scrypt, KiB of memory for Argon2id; 0 for the others
 * @param parallelism p for scrypt, lanes for Argon2id; 0 for the others
 * @param keyLength the length of the derived key in bytes
 */
public record KdfParameters(int cost, int memoryCost, int parallelism, int keyLength) {

    /**
     * Checks the ranges every derivation needs.
     *
     * @param cost the work factor
     * @param memoryCost the memory cost, or 0
     * @param parallelism the parallelism, or 0
     * @param keyLength the key length
     * @throws IllegalArgumentException if one is out of range
     */
    public KdfParameters {
        if (cost < 1 || memoryCost < 0 || parallelism < 0 || keyLength < 1) {
            throw new IllegalArgumentException("cost and keyLength must be positive, memoryCost and parallelism not "
                    + "negative: " + cost + ", " + memoryCost + ", " + parallelism + ", " + keyLength);
        }
    }
}
