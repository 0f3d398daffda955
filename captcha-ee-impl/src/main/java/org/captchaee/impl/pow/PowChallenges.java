package org.captchaee.impl.pow;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Issues ALTCHA v1 challenges: SHA-256 only, each with an expiry in its salt and the trailing {@code &} that prevents
 * challenge splicing. Thread-safe.
 */
public final class PowChallenges {

    /**
     * The largest {@code maxnumber}: the widget counts with JavaScript numbers, which are exact up to
     * {@code Number.MAX_SAFE_INTEGER}.
     */
    public static final long MAX_NUMBER_LIMIT = (1L << 53) - 1;

    private static final int SALT_BYTES = 12;

    private final PowHashes hashes;
    private final long maxNumber;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random;

    /**
     * Creates an issuer.
     *
     * @param hmacKey the secret that signs the challenges, used as its UTF-8 bytes; not empty
     * @param maxNumber the upper bound, inclusive, of the secret number: the work a client does is half of it on average;
     *     from 1 to {@link #MAX_NUMBER_LIMIT}
     * @param lifetime how long a challenge can be solved and its solution used; at least one second
     * @param clock the clock that dates the expiry
     * @param random the source of the salt and the secret number
     * @throws IllegalArgumentException if a value is out of range
     */
    public PowChallenges(String hmacKey, long maxNumber, Duration lifetime, Clock clock, SecureRandom random) {
        if (maxNumber < 1 || maxNumber > MAX_NUMBER_LIMIT) {
            throw new IllegalArgumentException("maxNumber must be from 1 to " + MAX_NUMBER_LIMIT + ": " + maxNumber);
        }
        if (lifetime.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("the lifetime of a challenge must be at least one second: " + lifetime);
        }
        this.hashes = new PowHashes(hmacKey);
        this.maxNumber = maxNumber;
        this.lifetime = lifetime;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * A new challenge: a salt of 12 random bytes in hex plus {@code ?expires=<now + lifetime, unix seconds>&}, a secret
     * number drawn uniformly from {@code [0, maxNumber]}, the challenge {@code hex(SHA-256(salt + number))} and its
     * signature {@code hex(HMAC-SHA256(hmacKey, challenge))}.
     *
     * @return the challenge
     */
    public PowChallenge create() {
        byte[] bytes = new byte[SALT_BYTES];
        random.nextBytes(bytes);
        String salt = PowSalts.issue(bytes, clock.instant().plus(lifetime).getEpochSecond());
        long number = random.nextLong(maxNumber + 1);
        String challenge = PowHashes.challenge(salt, number);
        return new PowChallenge(PowHashes.ALGORITHM, challenge, maxNumber, salt, hashes.signature(challenge));
    }

    @Override
    public String toString() {
        // the key is a secret: never printed
        return "PowChallenges[maxNumber=" + maxNumber + ", lifetime=" + lifetime + "]";
    }
}
