package org.captchaee.impl.pow;

import java.time.Instant;
import java.util.Objects;

/**
 * The result of checking a widget payload.
 *
 * @param outcome what the check found
 * @param replayId for {@link Outcome#PASSED} the identity to remember against replay, one per issued challenge: the
 *     lowercase challenge hex in v1, the nonce in v2; otherwise null
 * @param expires for {@link Outcome#PASSED} the expiry of the challenge, after which the replay identity can be
 *     forgotten; otherwise null
 */
public record PowCheck(Outcome outcome, String replayId, Instant expires) {

    /** What a check can find. */
    public enum Outcome {
        /** A solution of a challenge we signed, not expired. Not yet checked against replay. */
        PASSED,
        /** Not a payload of the protocol: not Base64, not JSON, a field missing or of the wrong type, a test payload. */
        MALFORMED,
        /** A payload of the protocol that does not verify: a wrong number, a forged or foreign challenge. */
        INVALID,
        /** A solution of a challenge we signed, but expired. */
        EXPIRED,
        /** Not checked: as many key derivations as allowed are running. Our own load, never the client's failure. */
        BUSY
    }

    /** The result for a payload that is not of the protocol. */
    public static final PowCheck MALFORMED = new PowCheck(Outcome.MALFORMED, null, null);

    /** The result for a payload that does not verify. */
    public static final PowCheck INVALID = new PowCheck(Outcome.INVALID, null, null);

    /** The result for a solution of an expired challenge. */
    public static final PowCheck EXPIRED = new PowCheck(Outcome.EXPIRED, null, null);

    /** The result for a solution not checked because the checker was busy. */
    public static final PowCheck BUSY = new PowCheck(Outcome.BUSY, null, null);

    /**
     * Checks that only a passed check carries a replay identity and an expiry, and that it carries both.
     *
     * @param outcome what the check found
     * @param replayId the replay identity, only for a passed check
     * @param expires the expiry, only for a passed check
     * @throws IllegalArgumentException if the fields do not match the outcome
     */
    public PowCheck {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.PASSED) != (replayId != null) || (outcome == Outcome.PASSED) != (expires != null)) {
            throw new IllegalArgumentException("a replay identity and an expiry belong to passed checks only");
        }
    }

    /**
     * The result for a valid solution.
     *
     * @param replayId the challenge hex (v1) or the nonce (v2)
     * @param expires the expiry of the challenge
     * @return the result
     */
    public static PowCheck passed(String replayId, Instant expires) {
        return new PowCheck(Outcome.PASSED, replayId, expires);
    }

    /**
     * Whether the payload is a valid solution.
     *
     * @return true for {@link Outcome#PASSED}
     */
    public boolean isPassed() {
        return outcome == Outcome.PASSED;
    }
}
