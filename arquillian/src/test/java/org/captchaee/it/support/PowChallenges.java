package org.captchaee.it.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.captchaee.it.support.Http.Answer;

/**
 * The client side of the proof-of-work captcha, over HTTP: gets an ALTCHA challenge and solves it by its own brute
 * force, as a widget would.
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
     * @return {@code {algorithm, challenge, maxnumber, salt, signature}}
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
}
