package org.captchaee.it.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.BinaryOperator;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.captchaee.it.support.Http.Answer;

/**
 * The client side of the proof-of-work captcha, over HTTP: gets an ALTCHA challenge and solves it by its own brute
 * force, as a widget would. v1 challenges, and v2 challenges of the SHA algorithms (rounds of {@code SHA-256},
 * {@code SHA-384} or {@code SHA-512}), which the tests configure with a small cost.
 */
public final class PowChallenges {

    private final Http http;
    private final String path;

    /**
     * Creates the client.
     *
     * @param http the deployment's client
     * @param path the challenge endpoint below {@code /api/}, for example {@code captcha/pow}
     */
    public PowChallenges(Http http, String path) {
        this.http = http;
        this.path = path;
    }

    /**
     * Gets a challenge.
     *
     * @return v1: {@code {algorithm, challenge, maxnumber, salt, signature}}; v2: {@code {parameters, signature}}
     */
    public JsonObject challenge() {
        Answer answer = Http.get(http.request(path));
        if (answer.status() != 200) {
            throw new AssertionError("getting a challenge answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    /**
     * Gets a challenge and solves it.
     *
     * @return the payload to send as the captcha
     */
    public String solved() {
        JsonObject challenge = challenge();
        if (challenge.containsKey("parameters")) {
            return v2Payload(challenge, solveV2(challenge.getJsonObject("parameters")), 420);
        }
        return payload(challenge, solve(challenge), 420);
    }

    /**
     * Finds the secret number: hashes salt + n until the challenge matches.
     *
     * @param challenge the challenge
     * @return the number
     */
    public static long solve(JsonObject challenge) {
        String salt = challenge.getString("salt");
        String target = challenge.getString("challenge");
        long max = challenge.getJsonNumber("maxnumber").longValue();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (long n = 0; n <= max; n++) {
                byte[] hash = sha256.digest((salt + n).getBytes(StandardCharsets.UTF_8));
                if (HexFormat.of().formatHex(hash).equals(target)) {
                    return n;
                }
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no number up to " + max + " solves " + challenge);
    }

    /**
     * The Base64 JSON payload a widget sends.
     *
     * @param challenge the challenge
     * @param number the number found
     * @param took the milliseconds the widget says it took
     * @return the payload
     */
    public static String payload(JsonObject challenge, long number, long took) {
        String json = Json.createObjectBuilder()
                .add("algorithm", challenge.getString("algorithm"))
                .add("challenge", challenge.getString("challenge"))
                .add("number", number)
                .add("salt", challenge.getString("salt"))
                .add("signature", challenge.getString("signature"))
                .add("took", took)
                .build()
                .toString();
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Finds the first counter of a v2 challenge of a SHA algorithm: SHA(salt bytes, nonce bytes, counter as 4 bytes
     * big-endian), then {@code cost - 1} digests of the previous digest, until the key's hex starts with the prefix.
     *
     * @param parameters the challenge's parameters
     * @return {@code {counter, derivedKey}}
     */
    public static JsonObject solveV2(JsonObject parameters) {
        int cost = parameters.getInt("cost");
        try {
            MessageDigest sha = MessageDigest.getInstance(parameters.getString("algorithm"));
            return solveV2(parameters, (password, salt) -> {
                sha.update(salt);
                byte[] key = sha.digest(password);
                for (int round = 1; round < cost; round++) {
                    key = sha.digest(key);
                }
                return key;
            });
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Finds the first counter of a v2 challenge whose key, derived by the given function from the nonce bytes followed
     * by the counter (4 bytes big-endian) and the salt bytes, and cut to the key length, starts with the prefix.
     *
     * @param parameters the challenge's parameters
     * @param derivation the challenge's key derivation: (password, salt) to key bytes
     * @return {@code {counter, derivedKey}}
     */
    public static JsonObject solveV2(JsonObject parameters, BinaryOperator<byte[]> derivation) {
        HexFormat hex = HexFormat.of();
        byte[] nonce = hex.parseHex(parameters.getString("nonce"));
        byte[] salt = hex.parseHex(parameters.getString("salt"));
        int keyLength = parameters.getInt("keyLength");
        String prefix = parameters.getString("keyPrefix");
        for (int counter = 0; counter < 10_000_000; counter++) {
            byte[] password = ByteBuffer.allocate(nonce.length + 4)
                    .put(nonce)
                    .putInt(counter)
                    .array();
            String derivedKey = hex.formatHex(Arrays.copyOf(derivation.apply(password, salt), keyLength));
            if (derivedKey.startsWith(prefix)) {
                return Json.createObjectBuilder()
                        .add("counter", counter)
                        .add("derivedKey", derivedKey)
                        .build();
            }
        }
        throw new AssertionError("no counter below 10,000,000 solves " + parameters);
    }

    /**
     * The Base64 JSON payload the widget 3.x sends for a v2 challenge.
     *
     * @param challenge the challenge, {@code {parameters, signature}}
     * @param solution {@code {counter, derivedKey}}
     * @param time the milliseconds the widget says it took
     * @return the payload
     */
    public static String v2Payload(JsonObject challenge, JsonObject solution, double time) {
        String json = Json.createObjectBuilder()
                .add("challenge", challenge)
                .add("solution", Json.createObjectBuilder(solution).add("time", time))
                .build()
                .toString();
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
