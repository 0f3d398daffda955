package org.captchaee.impl.pow;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

/**
 * The version of the ALTCHA protocol the {@code pow} verifier speaks, chosen by {@code captcha.pow.protocol}: the
 * challenges it serves and the payloads it checks.
 *
 * @param version the version
 * @param challenges makes the JSON of a new challenge
 * @param solutions checks a payload as sent
 */
public record AltchaProtocol(Version version, Supplier<JsonObject> challenges, Function<String, PowCheck> solutions) {

    /** The versions. */
    public enum Version {
        /** ALTCHA v1: one SHA-256 per try over a bounded number ({@code captcha.pow.max-number}); widget 2.x. */
        V1,
        /** ALTCHA v2: a key derivation per try ({@code captcha.pow.algorithm}, its costs); widget 3.x. The default. */
        V2;

        /**
         * The version of a configured value.
         *
         * @param value {@code v1} or {@code v2}, any case
         * @return the version, or empty if the value is neither
         */
        public static Optional<Version> of(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "v1" -> Optional.of(V1);
                case "v2" -> Optional.of(V2);
                default -> Optional.empty();
            };
        }
    }

    /**
     * The protocol of v1 issuers and checkers.
     *
     * @param challenges the v1 issuer
     * @param solutions the v1 checker
     * @return the protocol
     */
    public static AltchaProtocol v1(PowChallenges challenges, PowSolutions solutions) {
        return new AltchaProtocol(Version.V1, () -> challenges.create().toJson(), solutions::check);
    }

    /**
     * The protocol of v2 issuers and checkers.
     *
     * @param challenges the v2 issuer
     * @param solutions the v2 checker
     * @return the protocol
     */
    public static AltchaProtocol v2(KdfChallenges challenges, KdfSolutions solutions) {
        return new AltchaProtocol(Version.V2, () -> challenges.create().toJson(), solutions::check);
    }

    /**
     * A new challenge, as the widget reads it.
     *
     * @return the challenge's JSON
     */
    public JsonObject newChallenge() {
        return challenges.get();
    }

    /**
     * Checks a payload.
     *
     * @param payload the payload as sent; may be null
     * @return the result
     */
    public PowCheck check(String payload) {
        return solutions.apply(payload);
    }
}
