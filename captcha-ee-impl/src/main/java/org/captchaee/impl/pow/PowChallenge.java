package org.captchaee.impl.pow;

import java.util.Objects;

import jakarta.json.JsonObject;

import org.captchaee.impl.json.JsonFactories;

/**
 * An ALTCHA v1 challenge as served to the widget.
 *
 * @param algorithm the hash algorithm, always {@code SHA-256} when we issue it
 * @param challenge lowercase hex of {@code SHA-256(salt + secret number)}
 * @param maxnumber the upper bound, inclusive, of the secret number
 * @param salt random hex, then {@code ?expires=<unix seconds>&}
 * @param signature lowercase hex of {@code HMAC-SHA256(hmacKey, challenge)}
 */
public record PowChallenge(String algorithm, String challenge, long maxnumber, String salt, String signature) {

    /**
     * Checks that no field is missing.
     *
     * @param algorithm the hash algorithm
     * @param challenge the challenge hex
     * @param maxnumber the upper bound of the secret number
     * @param salt the salt
     * @param signature the signature hex
     */
    public PowChallenge {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(signature, "signature");
    }

    /**
     * The challenge as the widget reads it: from the URL of its {@code challengeurl} attribute (widget 2.x) or of its
     * {@code challenge} attribute (widget 3.x).
     *
     * @return {@code {"algorithm", "challenge", "maxnumber", "salt", "signature"}}
     */
    public JsonObject toJson() {
        return JsonFactories.objectBuilder()
                .add("algorithm", algorithm)
                .add("challenge", challenge)
                .add("maxnumber", maxnumber)
                .add("salt", salt)
                .add("signature", signature)
                .build();
    }
}
