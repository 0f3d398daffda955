package org.captchaee.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.captchaee.impl.pow.KdfChallenge;
import org.captchaee.impl.pow.KdfChallenges;
import org.captchaee.impl.pow.KdfSettings;
import org.captchaee.impl.pow.KdfSolutions;
import org.captchaee.impl.pow.PowCheck;
import org.captchaee.impl.pow.kdf.KdfAlgorithm;
import org.captchaee.impl.pow.kdf.KdfParameters;
import org.captchaee.impl.pow.kdf.KeyDerivation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * What the server pays to check one ALTCHA v2 payload, per algorithm and cost setting, on one thread: a valid solution
 * (read, every cheap check, one key derivation) and a solution that fails the cheap checks (a well-signed challenge
 * whose derived key lacks the prefix: what a client that does no work sends; it costs the parsing and the signature,
 * never a derivation). One core sustains 1,000,000 / (µs/op) checks a second. The key prefix is one hex digit here:
 * it sets the client's work, not the server's, and keeps the set-up's solve short.
 *
 * <p>A setting is {@code ALGORITHM:cost} or, for scrypt and Argon2id, {@code ALGORITHM:cost:memoryCost:parallelism}
 * (scrypt: N, r, p; Argon2id: passes, KiB, lanes). scrypt and Argon2id need Bouncy Castle, on the benchmark's class path
 * as the module's optional dependency.
 *
 * <pre>mvn -B -pl captcha-ee-api,captcha-ee-impl -am -Pbenchmarks verify -DskipTests \
 *     -Djmh.args='KdfVerificationBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s'</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class KdfVerificationBenchmark {

    private static final String HMAC_KEY = "benchmark hmac key";
    private static final String KEY_PREFIX = "0";
    private static final int MAX_TRIES = 100_000;

    /** The algorithm and its costs. */
    @Param({
        "SHA-256:1000",
        "SHA-512:1000",
        "PBKDF2/SHA-256:1000",
        "PBKDF2/SHA-256:2000",
        "PBKDF2/SHA-256:10000",
        "PBKDF2/SHA-512:2000",
        "SCRYPT:2048:8:1",
        "SCRYPT:16384:8:1",
        "ARGON2ID:2:4096:1",
        "ARGON2ID:2:16384:1"
    })
    public String setting;

    private KdfSolutions solutions;
    private String validPayload;
    private String keyWithoutPrefixPayload;

    /** Issues one challenge with the setting, solves it, and checks that the checker passes and refuses as measured. */
    @Setup
    public void solveOneChallenge() {
        KdfSettings settings = settings(setting);
        Clock clock = Clock.systemUTC();
        KdfChallenge challenge =
                new KdfChallenges(HMAC_KEY, settings, Duration.ofHours(1), clock, new SecureRandom()).create();
        solutions = new KdfSolutions(HMAC_KEY, settings, 1, clock);
        KeyDerivation derivation = settings.algorithm().derivation(settings.parameters());
        for (int counter = 0; counter < MAX_TRIES && validPayload == null; counter++) {
            String key = HexFormat.of().formatHex(derivation.derive(password(challenge, counter), salt(challenge)));
            if (key.startsWith(KEY_PREFIX)) {
                validPayload = payload(challenge, counter, key);
            }
        }
        keyWithoutPrefixPayload =
                payload(challenge, 0, "f".repeat(2 * settings.parameters().keyLength()));
        expect(PowCheck.Outcome.PASSED, validPayload);
        expect(PowCheck.Outcome.INVALID, keyWithoutPrefixPayload);
    }

    /**
     * A valid solution: every check and one key derivation.
     *
     * @return the result
     */
    @Benchmark
    public PowCheck validSolution() {
        return solutions.check(validPayload);
    }

    /**
     * A well-signed challenge with a key that lacks the prefix: refused before the key derivation.
     *
     * @return the result
     */
    @Benchmark
    public PowCheck cheapFailure_keyWithoutPrefix() {
        return solutions.check(keyWithoutPrefixPayload);
    }

    private void expect(PowCheck.Outcome outcome, String payload) {
        PowCheck check = payload == null ? null : solutions.check(payload);
        if (check == null || check.outcome() != outcome) {
            throw new IllegalStateException(setting + ": expected " + outcome + ", got " + check);
        }
    }

    private static KdfSettings settings(String setting) {
        String[] parts = setting.split(":");
        KdfAlgorithm algorithm = KdfAlgorithm.named(parts[0])
                .orElseThrow(() -> new IllegalArgumentException("no algorithm " + parts[0]));
        int cost = Integer.parseInt(parts[1]);
        int memoryCost = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
        int parallelism = parts.length > 3 ? Integer.parseInt(parts[3]) : 0;
        int keyLength = algorithm.defaults().keyLength();
        return new KdfSettings(algorithm, new KdfParameters(cost, memoryCost, parallelism, keyLength), KEY_PREFIX);
    }

    private static byte[] password(KdfChallenge challenge, int counter) {
        byte[] nonce = HexFormat.of().parseHex(challenge.nonce());
        return ByteBuffer.allocate(nonce.length + Integer.BYTES)
                .put(nonce)
                .putInt(counter)
                .array();
    }

    private static byte[] salt(KdfChallenge challenge) {
        return HexFormat.of().parseHex(challenge.salt());
    }

    /** The widget's payload: Base64 of {@code {"challenge": {...}, "solution": {...}}}. */
    private static String payload(KdfChallenge challenge, int counter, String derivedKey) {
        JsonObjectBuilder solution = Json.createObjectBuilder()
                .add("counter", counter)
                .add("derivedKey", derivedKey)
                .add("time", 1000.0);
        String json = Json.createObjectBuilder()
                .add("challenge", challenge.toJson())
                .add("solution", solution)
                .build()
                .toString();
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
