package org.captchaee.impl.pow;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Issues ALTCHA v2 challenges: a random nonce and salt, the configured algorithm, costs and key prefix, an expiry, and
 * the signature of all of them. Thread-safe.
 */
public final class KdfChallenges {

    private static final int RANDOM_BYTES = 16;

    private final PowHashes hashes;
    private final KdfSettings settings;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random;

    /**
     * Creates an issuer.
     *
     * @param hmacKey the secret that signs the challenges, used as its UTF-8 bytes; not empty
     * @param settings what every challenge states
     * @param lifetime how long a challenge can be solved and its solution used; at least one second
     * @param clock the clock that dates the expiry
     * @param random the source of nonces and salts
     * @throws IllegalArgumentException if the key is empty or the lifetime shorter than a second
     */
    public KdfChallenges(String hmacKey, KdfSettings settings, Duration lifetime, Clock clock, SecureRandom random) {
        if (lifetime.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("the lifetime of a challenge must be at least one second: " + lifetime);
        }
        this.hashes = new PowHashes(hmacKey);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.lifetime = lifetime;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * A new challenge, expiring {@code lifetime} from now (rounded down to the second).
     *
     * @return the signed challenge
     */
    public KdfChallenge create() {
        String nonce = randomHex();
        String salt = randomHex();
        long expiresAt = clock.instant().plus(lifetime).getEpochSecond();
        String signature = hashes.signature(KdfChallenge.canonicalJson(settings, nonce, salt, expiresAt));
        return new KdfChallenge(settings, nonce, salt, expiresAt, signature);
    }

    private String randomHex() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        // the key is a secret: never printed
        return "KdfChallenges[" + settings + ", lifetime=" + lifetime + "]";
    }
}
