package org.captchaee.impl.pow;

import java.util.Objects;
import java.util.regex.Pattern;

import org.captchaee.impl.pow.kdf.KdfAlgorithm;
import org.captchaee.impl.pow.kdf.KdfParameters;

/**
 * What every ALTCHA v2 challenge we issue states, and so what we accept: one algorithm, its costs, the key length and
 * the key prefix.
 *
 * @param algorithm the key derivation
 * @param parameters its costs and the key length; memory cost and parallelism only for memory-hard algorithms
 * @param keyPrefix the lowercase hex the derived key must start with, shorter than the key
 */
public record KdfSettings(KdfAlgorithm algorithm, KdfParameters parameters, String keyPrefix) {

    private static final Pattern LOWERCASE_HEX = Pattern.compile("[0-9a-f]+");

    /**
     * Checks that the parameters fit the algorithm and that the prefix is lowercase hex shorter than the key.
     *
     * @param algorithm the key derivation
     * @param parameters the costs
     * @param keyPrefix the prefix
     * @throws IllegalArgumentException if they do not
     */
    public KdfSettings {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (algorithm.isMemoryHard() != (parameters.memoryCost() > 0 && parameters.parallelism() > 0)
                || !algorithm.isMemoryHard() && (parameters.memoryCost() != 0 || parameters.parallelism() != 0)) {
            throw new IllegalArgumentException(
                    "memory cost and parallelism are for scrypt and Argon2id only, and both are required there");
        }
        if (!LOWERCASE_HEX.matcher(keyPrefix).matches() || keyPrefix.length() >= 2 * parameters.keyLength()) {
            throw new IllegalArgumentException(
                    "the key prefix must be lowercase hex shorter than the key: " + keyPrefix);
        }
    }

    /**
     * The settings an algorithm has when the operator sets nothing else.
     *
     * @param algorithm the key derivation
     * @return its default costs and prefix
     */
    public static KdfSettings defaultsOf(KdfAlgorithm algorithm) {
        return new KdfSettings(algorithm, algorithm.defaults(), algorithm.defaultKeyPrefix());
    }
}
