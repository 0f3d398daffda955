package org.captchaee.impl.pow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.captchaee.impl.pow.kdf.KdfParameters;

/**
 * The official altcha-lib 2.8.0's side of the ALTCHA v2 interoperability tests: its {@code createChallenge},
 * {@code solveChallenge} and {@code verifySolution}, run with Node.js through the v2 modes of
 * {@code altcha-interop.mjs}. Payloads are the widget's: Base64 of
 * {@code {"challenge": {"parameters", "signature"}, "solution": {"counter", "derivedKey", "time"}}}.
 */
final class AltchaLibV2 {

    /** What altcha-lib's {@code verifySolution} says of a payload. */
    enum Outcome {
        /** Verified. */
        VERIFIED,
        /** Refused: {@code expiresAt} has passed. */
        EXPIRED,
        /** Refused: the signature does not match the parameters and the key. */
        INVALID_SIGNATURE,
        /** Refused: the solution is malformed, or does not derive its key with the prefix. */
        INVALID_SOLUTION
    }

    /**
     * A challenge solved by altcha-lib.
     *
     * @param verifiedByAltchaLib whether altcha-lib's {@code verifySolution} accepted the solution with the key given
     * @param payload the widget payload
     */
    record Solved(boolean verifiedByAltchaLib, String payload) {}

    private AltchaLibV2() {}

    /**
     * A challenge made and signed by altcha-lib's {@code createChallenge}, solved by its {@code solveChallenge}.
     *
     * @param hmacKey the key that signs the challenge
     * @param settings the algorithm, costs and key prefix of the challenge
     * @param expiresAt its expiry, in Unix seconds
     * @return the widget payload
     */
    static String createAndSolve(String hmacKey, KdfSettings settings, long expiresAt) {
        KdfParameters parameters = settings.parameters();
        boolean memoryHard = settings.algorithm().isMemoryHard();
        return AltchaNode.run(
                "",
                "v2-create",
                hmacKey,
                settings.algorithm().wireName(),
                Integer.toString(parameters.cost()),
                memoryHard ? Integer.toString(parameters.memoryCost()) : "-",
                memoryHard ? Integer.toString(parameters.parallelism()) : "-",
                settings.keyPrefix(),
                Long.toString(expiresAt),
                Integer.toString(parameters.keyLength()));
    }

    /**
     * Solves a challenge with altcha-lib's {@code solveChallenge}, as the widget does, and checks the solution with its
     * {@code verifySolution}.
     *
     * @param hmacKey the key altcha-lib verifies with
     * @param challenge the challenge as {@code GET <base>/pow} serves it: {@code {"parameters", "signature"}}
     * @return altcha-lib's verdict and the payload
     */
    static Solved solve(String hmacKey, JsonObject challenge) {
        List<String> lines = AltchaNode.run(challenge.toString(), "v2-solve", hmacKey)
                .lines()
                .toList();
        assertEquals(2, lines.size(), "v2-solve prints the verified flag and the payload: " + lines);
        return new Solved(Boolean.parseBoolean(lines.get(0)), lines.get(1));
    }

    /**
     * What altcha-lib's {@code verifySolution} says of each payload, in one run of Node.js.
     *
     * @param hmacKey the key altcha-lib verifies with
     * @param payloads the payloads, each a widget payload
     * @return altcha-lib's outcome of each, in order; fails the test if altcha-lib threw
     */
    static List<Outcome> verify(String hmacKey, List<String> payloads) {
        List<String> lines = AltchaNode.run(String.join("\n", payloads), "v2-verify", hmacKey)
                .lines()
                .toList();
        assertEquals(payloads.size(), lines.size(), "v2-verify prints one result per payload: " + lines);
        return lines.stream().map(AltchaLibV2::outcome).toList();
    }

    private static Outcome outcome(String line) {
        JsonObject result;
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            result = reader.readObject();
        }
        if (result.containsKey("error")) {
            return fail("altcha-lib's verifySolution threw: " + result.getString("error"));
        }
        if (result.get("verified") == JsonValue.TRUE) {
            return Outcome.VERIFIED;
        }
        if (result.get("expired") == JsonValue.TRUE) {
            return Outcome.EXPIRED;
        }
        if (result.get("invalidSignature") == JsonValue.TRUE) {
            return Outcome.INVALID_SIGNATURE;
        }
        if (result.get("invalidSolution") == JsonValue.TRUE) {
            return Outcome.INVALID_SOLUTION;
        }
        return fail("altcha-lib's verifySolution gave no reason: " + line);
    }
}
