package org.captchaee.impl.pow;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Solves challenges by brute force and writes widget payloads, as the widget does. */
final class PowTestPayloads {

    private PowTestPayloads() {}

    static long solve(PowChallenge challenge) {
        for (long number = 0; number <= challenge.maxnumber(); number++) {
            if (PowHashes.challenge(challenge.salt(), number).equals(challenge.challenge())) {
                return number;
            }
        }
        throw new AssertionError("no solution up to maxnumber: " + challenge);
    }

    /** The fields the widget sends for a solution, ready to be tampered with. */
    static JsonObjectBuilder fields(PowChallenge challenge, long number) {
        return Json.createObjectBuilder()
                .add("algorithm", challenge.algorithm())
                .add("challenge", challenge.challenge())
                .add("number", number)
                .add("salt", challenge.salt())
                .add("signature", challenge.signature())
                .add("took", 42);
    }

    static String payload(PowChallenge challenge, long number) {
        return encode(fields(challenge, number).build());
    }

    static String encode(JsonObject json) {
        return encode(json.toString());
    }

    static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
