package org.captchaee.impl.pow.kdf;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.captchaee.impl.platform.ClassPresence;

/**
 * The key derivations of ALTCHA v2, named as the protocol names them, each with the costs a browser solves in about a
 * second on two cores with the official widget (measured: docs/altcha-solve-times.txt). {@link #SCRYPT} and
 * {@link #ARGON2ID} need Bouncy Castle on the application's class path; the others only the JDK.
 */
public enum KdfAlgorithm {

    /** Rounds of SHA-256. */
    SHA_256("SHA-256", p -> new ShaRounds("SHA-256", p), new KdfParameters(1_000, 0, 0, 32), "00"),
    /** Rounds of SHA-384. */
    SHA_384("SHA-384", p -> new ShaRounds("SHA-384", p), new KdfParameters(1_000, 0, 0, 48), "00"),
    /** Rounds of SHA-512. */
    SHA_512("SHA-512", p -> new ShaRounds("SHA-512", p), new KdfParameters(1_000, 0, 0, 64), "00"),
    /** PBKDF2 with HMAC-SHA-256: the default. */
    PBKDF2_SHA_256("PBKDF2/SHA-256", p -> new Pbkdf2("HmacSHA256", p), new KdfParameters(2_000, 0, 0, 32), "000"),
    /** PBKDF2 with HMAC-SHA-384. */
    PBKDF2_SHA_384("PBKDF2/SHA-384", p -> new Pbkdf2("HmacSHA384", p), new KdfParameters(2_000, 0, 0, 32), "000"),
    /** PBKDF2 with HMAC-SHA-512. */
    PBKDF2_SHA_512("PBKDF2/SHA-512", p -> new Pbkdf2("HmacSHA512", p), new KdfParameters(2_000, 0, 0, 32), "000"),
    // the Bouncy Castle derivations are made in lambdas, not constructor references: their classes load only when used
    /** scrypt, memory-hard; needs Bouncy Castle. */
    SCRYPT("SCRYPT", p -> new BouncyCastleScrypt(p), new KdfParameters(2_048, 8, 1, 32), "00"),
    /** Argon2id, memory-hard; needs Bouncy Castle. */
    ARGON2ID("ARGON2ID", p -> new BouncyCastleArgon2id(p), new KdfParameters(2, 16_384, 1, 32), "0");

    private static final String BOUNCY_CASTLE_PROBE = "org.bouncycastle.crypto.generators.Argon2BytesGenerator";

    private final String wireName;
    private final Function<KdfParameters, KeyDerivation> factory;
    private final KdfParameters defaults;
    private final String defaultKeyPrefix;

    KdfAlgorithm(
            String wireName,
            Function<KdfParameters, KeyDerivation> factory,
            KdfParameters defaults,
            String defaultKeyPrefix) {
        this.wireName = wireName;
        this.factory = factory;
        this.defaults = defaults;
        this.defaultKeyPrefix = defaultKeyPrefix;
    }

    /**
     * The algorithm of a name.
     *
     * @param wireName the name as the protocol spells it, for example {@code PBKDF2/SHA-256}; exact case
     * @return the algorithm, or empty if the name is not one of ours
     */
    public static Optional<KdfAlgorithm> named(String wireName) {
        return Arrays.stream(values())
                .filter(algorithm -> algorithm.wireName.equals(wireName))
                .findFirst();
    }

    /**
     * Every name, for messages.
     *
     * @return the names, comma separated
     */
    public static String names() {
        return Arrays.stream(values()).map(KdfAlgorithm::wireName).collect(Collectors.joining(", "));
    }

    /**
     * The name as the protocol spells it.
     *
     * @return for example {@code PBKDF2/SHA-256}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Whether the algorithm is memory-hard and so takes a memory cost and a parallelism.
     *
     * @return true for scrypt and Argon2id
     */
    public boolean isMemoryHard() {
        return this == SCRYPT || this == ARGON2ID;
    }

    /**
     * Whether the algorithm can run here: the JDK ones always, the memory-hard ones when Bouncy Castle is on the class
     * path of this library.
     *
     * @return true if {@link #derivation(KdfParameters)} works
     */
    public boolean isAvailable() {
        return !isMemoryHard() || ClassPresence.loads(BOUNCY_CASTLE_PROBE, KdfAlgorithm.class.getClassLoader());
    }

    /**
     * The costs used when the operator sets none.
     *
     * @return the default parameters, with the key length every challenge of the algorithm states: the digest's length
     *     for the SHA rounds (the widget 3.x truncates every round to it, altcha-lib only the last: they agree only
     *     there), 32 bytes for the others (the widget's PBKDF2 worker takes 16, 24 or 32)
     */
    public KdfParameters defaults() {
        return defaults;
    }

    /**
     * The key prefix used when the operator sets none: each hex digit multiplies the average tries by 16.
     *
     * @return lowercase hex
     */
    public String defaultKeyPrefix() {
        return defaultKeyPrefix;
    }

    /**
     * The derivation with these costs.
     *
     * @param parameters the costs and the key length
     * @return the derivation
     * @throws IllegalStateException if the algorithm is not {@linkplain #isAvailable() available}
     */
    public KeyDerivation derivation(KdfParameters parameters) {
        if (!isAvailable()) {
            throw new IllegalStateException(wireName + " needs Bouncy Castle (org.bouncycastle:bcprov-jdk18on)");
        }
        return factory.apply(parameters);
    }

    @Override
    public String toString() {
        return wireName;
    }
}
