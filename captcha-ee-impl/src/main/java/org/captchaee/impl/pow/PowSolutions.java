package org.captchaee.impl.pow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks ALTCHA v1 widget payloads against the challenges a {@link PowChallenges} with the same key issued. Stricter
 * than altcha-lib: only {@code SHA-256}; the salt must carry an expiry and end with {@code &}; the number must be a
 * JSON integer; test-mode payloads are malformed. The expiry is looked at only once the signature holds, so forged
 * data is always {@link PowCheck.Outcome#INVALID} and never {@link PowCheck.Outcome#EXPIRED}. Replay is the caller's
 * job, with {@link PowCheck#replayId()}. Thread-safe.
 */
public final class PowSolutions {

    /** The longest payload read, in characters of Base64; a widget sends about 300. */
    public static final int MAX_PAYLOAD_LENGTH = 4096;

    private final PowHashes hashes;
    private final Clock clock;
    private final StrictJson json;

    /**
     * Creates a checker.
     *
     * @param hmacKey the secret that signed the challenges, used as its UTF-8 bytes; not empty
     * @param clock the clock that tells expired challenges
     * @throws IllegalArgumentException if the key is empty
     */
    public PowSolutions(String hmacKey, Clock clock) {
        this.hashes = new PowHashes(hmacKey);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.json = new StrictJson();
    }

    /**
     * Checks a payload: {@link PowCheck.Outcome#MALFORMED} unless it is standard Base64 of a JSON payload of the
     * protocol, {@link PowCheck.Outcome#INVALID} unless it solves a {@code SHA-256} challenge signed with our key whose
     * salt has our shape, {@link PowCheck.Outcome#EXPIRED} if that challenge expired, otherwise
     * {@link PowCheck.Outcome#PASSED}.
     *
     * @param base64Payload the payload as the widget sent it; may be null
     * @return the result
     */
    public PowCheck check(String base64Payload) {
        if (base64Payload == null || base64Payload.length() > MAX_PAYLOAD_LENGTH) {
            return PowCheck.MALFORMED;
        }
        return PowPayload.read(base64Payload, json).map(this::check).orElse(PowCheck.MALFORMED);
    }

    private PowCheck check(PowPayload payload) {
        Optional<Instant> expires = PowSalts.expires(payload.salt());
        if (!PowHashes.ALGORITHM.equals(payload.algorithm()) || expires.isEmpty()) {
            return PowCheck.INVALID;
        }
        String challenge = PowHashes.challenge(payload.salt(), payload.number());
        String signature = hashes.signature(challenge);
        // both compared in constant time, and both always compared
        boolean valid = equal(challenge, payload.challenge()) & equal(signature, payload.signature());
        if (!valid) {
            return PowCheck.INVALID;
        }
        if (clock.instant().isAfter(expires.get())) {
            return PowCheck.EXPIRED;
        }
        return PowCheck.passed(challenge, expires.get());
    }

    private static boolean equal(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        // the key is a secret: never printed
        return "PowSolutions[" + PowHashes.ALGORITHM + "]";
    }
}
