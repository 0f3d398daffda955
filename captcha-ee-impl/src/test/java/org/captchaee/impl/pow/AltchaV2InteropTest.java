package org.captchaee.impl.pow;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.pow.AltchaLibV2.Outcome;
import org.captchaee.impl.pow.kdf.KdfAlgorithm;
import org.captchaee.impl.pow.kdf.KdfParameters;
import org.captchaee.impl.request.SentHeader;
import org.captchaee.impl.secret.CaptchaSecret;
import org.captchaee.impl.state.InMemoryStateStore;
import org.captchaee.impl.testing.TestConfigs;
import org.captchaee.spi.CaptchaSubmission;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Interoperability of ALTCHA v2 with the official altcha-lib 2.8.0 (run with Node.js), for every algorithm, with costs
 * small enough that altcha-lib solves a challenge in well under a second: altcha-lib's challenges and solutions pass
 * our checker ({@link KdfSolutions}); our challenges ({@link KdfChallenges}) are solved by altcha-lib's
 * {@code solveChallenge} and accepted by its {@code verifySolution} and by us; tampered, foreign, expired and malformed
 * payloads are refused by us and, where altcha-lib has an opinion, by altcha-lib for the same reason. Where we are
 * stricter than altcha-lib (parameters we never issue, a challenge for other settings), altcha-lib is shown to accept
 * what we refuse. Replay is refused by the verifier ({@link PowVerifier}, over the configuration keys); the checker and
 * altcha-lib's {@code verifySolution} are stateless. Real time, since altcha-lib checks expiry against the system clock.
 */
class AltchaV2InteropTest {

    private static final String KEY = "interop-v2-hmac-key-" + Long.toHexString(new SecureRandom().nextLong());
    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final List<KdfSettings> EVERY_ALGORITHM = List.of(
            settings(KdfAlgorithm.SHA_256, 10, 0, 0, "0a"),
            settings(KdfAlgorithm.SHA_384, 10, 0, 0, "0a"),
            settings(KdfAlgorithm.SHA_512, 10, 0, 0, "0a"),
            settings(KdfAlgorithm.PBKDF2_SHA_256, 50, 0, 0, "a"),
            settings(KdfAlgorithm.PBKDF2_SHA_384, 50, 0, 0, "a"),
            settings(KdfAlgorithm.PBKDF2_SHA_512, 50, 0, 0, "a"),
            settings(KdfAlgorithm.SCRYPT, 16, 2, 2, "0a"),
            // 128 KiB: the least captcha.pow.memory-cost takes for Argon2id
            settings(KdfAlgorithm.ARGON2ID, 1, 128, 2, "a"));

    private final Clock clock = Clock.systemUTC();

    private static KdfSettings settings(
            KdfAlgorithm algorithm, int cost, int memoryCost, int parallelism, String keyPrefix) {
        return new KdfSettings(
                algorithm,
                new KdfParameters(
                        cost, memoryCost, parallelism, algorithm.defaults().keyLength()),
                keyPrefix);
    }

    static Stream<Named<KdfSettings>> everyAlgorithm() {
        return EVERY_ALGORITHM.stream()
                .map(settings -> Named.of(settings.algorithm().wireName(), settings));
    }

    @ParameterizedTest
    @MethodSource("everyAlgorithm")
    void altchaLibsChallengeAndSolution_withOurKey_passOurChecker(KdfSettings settings) {
        long expiresAt = clock.instant().plus(LIFETIME).getEpochSecond();
        String payload = AltchaLibV2.createAndSolve(KEY, settings, expiresAt);

        String nonce = parameters(payload).getString("nonce");
        assertEquals(
                PowCheck.passed(nonce, Instant.ofEpochSecond(expiresAt)),
                checker(settings).check(payload),
                PowTestPayloads.decode(payload));
        assertEquals(List.of(Outcome.VERIFIED), AltchaLibV2.verify(KEY, List.of(payload)));
    }

    @ParameterizedTest
    @MethodSource("everyAlgorithm")
    void ourChallenge_solvedByAltchaLib_isVerifiedByAltchaLibAndByUs(KdfSettings settings) {
        KdfChallenge challenge = issuer(settings, clock).create();
        AltchaLibV2.Solved solved = AltchaLibV2.solve(KEY, challenge.toJson());

        assertTrue(
                solved.verifiedByAltchaLib(),
                "altcha-lib's verifySolution: " + PowTestPayloads.decode(solved.payload()));
        assertEquals(
                PowCheck.passed(challenge.nonce(), Instant.ofEpochSecond(challenge.expiresAt())),
                checker(settings).check(solved.payload()));
    }

    @ParameterizedTest
    @MethodSource("everyAlgorithm")
    void tamperedForeignExpiredOrMalformed_areRefusedByUs_andByAltchaLib(KdfSettings settings) {
        KdfChallenge challenge = issuer(settings, clock).create();
        JsonObject valid = json(PowTestPayloads.decode(
                AltchaLibV2.solve(KEY, challenge.toJson()).payload()));
        KdfChallenge old = issuer(
                        settings, Clock.fixed(clock.instant().minus(LIFETIME.multipliedBy(2)), ZoneOffset.UTC))
                .create();
        AltchaLibV2.Solved expired = AltchaLibV2.solve(KEY, old.toJson());
        assertFalse(expired.verifiedByAltchaLib(), "altcha-lib's verifySolution of an expired challenge");

        List<Refusal> refusals = new ArrayList<>(tamperedParameters(settings, valid));
        refusals.addAll(malformedSolutions(settings, valid));
        refusals.addAll(parametersWeNeverIssue(valid));
        refusals.add(new Refusal(
                "signed with another key", encode(resigned(valid, "another-key")), Outcome.INVALID_SIGNATURE));
        refusals.add(new Refusal("expired", expired.payload(), PowCheck.EXPIRED, Outcome.EXPIRED));

        assertRefused(settings, refusals);
    }

    @ParameterizedTest
    @MethodSource("everyAlgorithm")
    void altchaLibsChallenge_withAnotherKey_isRefused(KdfSettings settings) {
        long expiresAt = clock.instant().plus(LIFETIME).getEpochSecond();
        String payload = AltchaLibV2.createAndSolve("another-key", settings, expiresAt);

        assertEquals(PowCheck.INVALID, checker(settings).check(payload));
        assertEquals(List.of(Outcome.INVALID_SIGNATURE), AltchaLibV2.verify(KEY, List.of(payload)));
    }

    @ParameterizedTest
    @MethodSource("everyAlgorithm")
    void altchaLibsChallenges_forOtherSettings_withOurKey_areRefusedByUs_thoughAltchaLibVerifiesThem(
            KdfSettings settings) {
        long expiresAt = clock.instant().plus(LIFETIME).getEpochSecond();
        List<Refusal> refusals = new ArrayList<>();
        for (Map.Entry<String, KdfSettings> other : otherSettings(settings).entrySet()) {
            refusals.add(new Refusal(
                    other.getKey(),
                    AltchaLibV2.createAndSolve(KEY, other.getValue(), expiresAt),
                    PowCheck.INVALID,
                    Outcome.VERIFIED));
        }
        assertRefused(settings, refusals);
    }

    @ParameterizedTest
    @MethodSource("everyAlgorithm")
    void theVerifier_passesEachChallengeOnce_andRefusesItsReplay_evenReEncoded(KdfSettings settings) {
        Config config = config(settings);
        PowConfiguration configuration = new PowConfiguration(config, new CaptchaSecret(config));
        PowVerifier verifier = new PowVerifier(configuration, InMemoryStateStore.nodeLocal(1_000));
        verifier.checkConfiguration();
        // the key PowConfiguration derives from captcha.secret to sign its challenges
        String hmacKey = HexFormat.of().formatHex(new CaptchaSecret(config).keyFor("altcha"));

        AltchaLibV2.Solved ours =
                AltchaLibV2.solve(hmacKey, configuration.protocol().newChallenge());
        assertTrue(ours.verifiedByAltchaLib(), "altcha-lib's verifySolution of the challenge GET <base>/pow serves");
        String theirs = AltchaLibV2.createAndSolve(
                hmacKey, settings, clock.instant().plus(LIFETIME).getEpochSecond());

        for (String payload : List.of(ours.payload(), theirs)) {
            assertEquals(Verdict.passed(null), verifier.verify(submission(payload)));
            assertEquals(
                    VerdictReason.REPLAYED, verifier.verify(submission(payload)).reason());
            assertEquals(
                    VerdictReason.REPLAYED,
                    verifier.verify(submission(reEncoded(payload))).reason());
        }
    }

    /**
     * A payload we refuse with {@code ours}, and what altcha-lib says of it: a refusal for the same reason, or
     * {@link Outcome#VERIFIED} where we are stricter.
     */
    private record Refusal(String what, String payload, PowCheck ours, Outcome altchaLib) {

        /** A payload we find invalid. */
        Refusal(String what, String payload, Outcome altchaLib) {
            this(what, payload, PowCheck.INVALID, altchaLib);
        }
    }

    private void assertRefused(KdfSettings settings, List<Refusal> refusals) {
        KdfSolutions checker = checker(settings);
        List<Outcome> altchaLib =
                AltchaLibV2.verify(KEY, refusals.stream().map(Refusal::payload).toList());
        assertAll(IntStream.range(0, refusals.size()).mapToObj(i -> (Executable) () -> {
            Refusal refusal = refusals.get(i);
            String message = refusal.what() + ": " + PowTestPayloads.decode(refusal.payload());
            assertEquals(refusal.ours(), checker.check(refusal.payload()), "ours, " + message);
            assertEquals(refusal.altchaLib(), altchaLib.get(i), "altcha-lib's, " + message);
        }));
    }

    /** Each parameter changed, the signature kept: altcha-lib finds the signature invalid. */
    private static List<Refusal> tamperedParameters(KdfSettings settings, JsonObject valid) {
        JsonObject parameters = valid.getJsonObject("challenge").getJsonObject("parameters");
        Map<String, JsonValue> tampered = new TreeMap<>(Map.of(
                "cost", Json.createValue(settings.parameters().cost() + 1),
                "keyPrefix", Json.createValue(otherPrefix(settings.keyPrefix())),
                "salt", Json.createValue(otherLastDigit(parameters.getString("salt"))),
                "nonce", Json.createValue(otherLastDigit(parameters.getString("nonce"))),
                "expiresAt",
                        Json.createValue(parameters.getJsonNumber("expiresAt").longValue() + 60),
                "algorithm",
                        Json.createValue(otherAlgorithm(settings).algorithm().wireName())));
        if (settings.algorithm().isMemoryHard()) {
            tampered.put("memoryCost", Json.createValue(settings.parameters().memoryCost() + 8));
            tampered.put("parallelism", Json.createValue(settings.parameters().parallelism() + 1));
        }
        return tampered.entrySet().stream()
                .map(change -> new Refusal(
                        "tampered " + change.getKey(),
                        encode(withParameter(valid, change.getKey(), change.getValue())),
                        Outcome.INVALID_SIGNATURE))
                .toList();
    }

    /** Solutions of a well-signed challenge that altcha-lib finds invalid before or after deriving the key. */
    private static List<Refusal> malformedSolutions(KdfSettings settings, JsonObject valid) {
        JsonObject solution = valid.getJsonObject("solution");
        long counter = solution.getJsonNumber("counter").longValueExact();
        String key = solution.getString("derivedKey");
        long withoutPrefix = counterWithoutThePrefix(settings, valid);
        Map<String, JsonObjectBuilder> solutions = Map.ofEntries(
                Map.entry(
                        "the counter's own key without the prefix",
                        solutionOf(withoutPrefix, derive(settings, valid, withoutPrefix))),
                Map.entry("the key of another counter", solutionOf(Json.createValue(counter + 1), key)),
                Map.entry("counter -1", solutionOf(Json.createValue(-1), key)),
                Map.entry("counter 2^32", solutionOf(Json.createValue(1L << 32), key)),
                Map.entry("counter 2^32 + the counter", solutionOf(Json.createValue((1L << 32) + counter), key)),
                Map.entry("counter 1.5", solutionOf(Json.createValue(1.5), key)),
                Map.entry("counter \"1\"", solutionOf(Json.createValue("1"), key)),
                Map.entry("the counter as a string", solutionOf(Json.createValue(Long.toString(counter)), key)),
                Map.entry("an uppercase key", solutionOf(Json.createValue(counter), key.toUpperCase())),
                Map.entry(
                        "a key of odd length",
                        solutionOf(Json.createValue(counter), key.substring(0, key.length() - 1))));
        return new TreeMap<>(solutions)
                .entrySet().stream()
                        .map(change -> new Refusal(
                                change.getKey(),
                                encode(Json.createObjectBuilder(valid)
                                        .add("solution", change.getValue())
                                        .build()),
                                Outcome.INVALID_SOLUTION))
                        .toList();
    }

    /**
     * Parameters altcha-lib issues but we never do: unsigned (altcha-lib finds the signature invalid) and signed with
     * our key (altcha-lib verifies them: {@code data} is its own, and it checks {@code keySignature} only when given
     * a key-signature secret).
     */
    private static List<Refusal> parametersWeNeverIssue(JsonObject valid) {
        List<Refusal> refusals = new ArrayList<>();
        Map<String, JsonValue> extras = new TreeMap<>(Map.of(
                "data", Json.createObjectBuilder().add("user", "alice").build(),
                "keySignature", Json.createValue("0".repeat(64))));
        for (Map.Entry<String, JsonValue> extra : extras.entrySet()) {
            JsonObject added = withParameter(valid, extra.getKey(), extra.getValue());
            refusals.add(new Refusal(extra.getKey() + " added", encode(added), Outcome.INVALID_SIGNATURE));
            refusals.add(
                    new Refusal(extra.getKey() + " added and signed", encode(resigned(added, KEY)), Outcome.VERIFIED));
        }
        return refusals;
    }

    /** Settings that differ from ours in one way each, which altcha-lib is told to issue with our key. */
    private static Map<String, KdfSettings> otherSettings(KdfSettings settings) {
        KdfParameters parameters = settings.parameters();
        KdfAlgorithm algorithm = settings.algorithm();
        String prefix = settings.keyPrefix();
        Map<String, KdfSettings> others = new TreeMap<>(Map.of(
                "another algorithm", otherAlgorithm(settings),
                "twice the cost",
                        settings(
                                algorithm,
                                parameters.cost() * 2,
                                parameters.memoryCost(),
                                parameters.parallelism(),
                                prefix),
                "another key prefix",
                        settings(
                                algorithm,
                                parameters.cost(),
                                parameters.memoryCost(),
                                parameters.parallelism(),
                                otherPrefix(prefix))));
        if (algorithm.isMemoryHard()) {
            others.put(
                    "twice the memory cost",
                    settings(
                            algorithm,
                            parameters.cost(),
                            parameters.memoryCost() * 2,
                            parameters.parallelism(),
                            prefix));
            others.put(
                    "another parallelism",
                    settings(
                            algorithm,
                            parameters.cost(),
                            parameters.memoryCost(),
                            parameters.parallelism() + 1,
                            prefix));
        }
        return others;
    }

    /** The next algorithm of the list, with its own test settings. */
    private static KdfSettings otherAlgorithm(KdfSettings settings) {
        return EVERY_ALGORITHM.get((EVERY_ALGORITHM.indexOf(settings) + 1) % EVERY_ALGORITHM.size());
    }

    /** The prefix with another first digit, of the same length: a challenge no harder than ours. */
    private static String otherPrefix(String prefix) {
        return otherDigit(prefix.charAt(0)) + prefix.substring(1);
    }

    private static String otherLastDigit(String hex) {
        return hex.substring(0, hex.length() - 1) + otherDigit(hex.charAt(hex.length() - 1));
    }

    private static char otherDigit(char hexDigit) {
        return hexDigit == '0' ? '1' : '0';
    }

    /** The first counter whose key lacks the prefix: what a client that does no work sends. */
    private static long counterWithoutThePrefix(KdfSettings settings, JsonObject valid) {
        for (long counter = 0; counter < 1_000; counter++) {
            if (!derive(settings, valid, counter).startsWith(settings.keyPrefix())) {
                return counter;
            }
        }
        throw new AssertionError("each of 1000 counters derives a key with the prefix " + settings.keyPrefix());
    }

    private static String derive(KdfSettings settings, JsonObject payload, long counter) {
        JsonObject parameters = payload.getJsonObject("challenge").getJsonObject("parameters");
        byte[] nonce = HexFormat.of().parseHex(parameters.getString("nonce"));
        byte[] password = ByteBuffer.allocate(nonce.length + Integer.BYTES)
                .put(nonce)
                .putInt((int) counter)
                .array();
        byte[] salt = HexFormat.of().parseHex(parameters.getString("salt"));
        return HexFormat.of()
                .formatHex(
                        settings.algorithm().derivation(settings.parameters()).derive(password, salt));
    }

    private static JsonObjectBuilder solutionOf(long counter, String derivedKey) {
        return solutionOf(Json.createValue(counter), derivedKey);
    }

    private static JsonObjectBuilder solutionOf(JsonValue counter, String derivedKey) {
        return Json.createObjectBuilder()
                .add("counter", counter)
                .add("derivedKey", derivedKey)
                .add("time", 1.5);
    }

    /** The payload with one parameter of its challenge replaced or added; the signature kept. */
    private static JsonObject withParameter(JsonObject payload, String name, JsonValue value) {
        JsonObject challenge = payload.getJsonObject("challenge");
        JsonObjectBuilder parameters =
                Json.createObjectBuilder(challenge.getJsonObject("parameters")).add(name, value);
        return Json.createObjectBuilder(payload)
                .add("challenge", Json.createObjectBuilder(challenge).add("parameters", parameters))
                .build();
    }

    /** The payload with its parameters sorted, as altcha-lib signs them, and signed with a key. */
    private static JsonObject resigned(JsonObject payload, String hmacKey) {
        JsonObjectBuilder sorted = Json.createObjectBuilder();
        new TreeMap<>(payload.getJsonObject("challenge").getJsonObject("parameters")).forEach(sorted::add);
        JsonObject parameters = sorted.build();
        JsonObject challenge = Json.createObjectBuilder()
                .add("parameters", parameters)
                .add("signature", new PowHashes(hmacKey).signature(parameters.toString()))
                .build();
        return Json.createObjectBuilder(payload).add("challenge", challenge).build();
    }

    /** The same challenge and solution in other bytes: members reordered, another time. */
    private static String reEncoded(String payload) {
        JsonObject json = json(PowTestPayloads.decode(payload));
        JsonObject solution = json.getJsonObject("solution");
        return encode(Json.createObjectBuilder()
                .add("solution", Json.createObjectBuilder(solution).add("time", 999.9))
                .add("challenge", json.getJsonObject("challenge"))
                .build());
    }

    private static JsonObject parameters(String payload) {
        return json(PowTestPayloads.decode(payload)).getJsonObject("challenge").getJsonObject("parameters");
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String encode(JsonObject payload) {
        return PowTestPayloads.encode(payload);
    }

    private static KdfChallenges issuer(KdfSettings settings, Clock clock) {
        return new KdfChallenges(KEY, settings, LIFETIME, clock, new SecureRandom());
    }

    private KdfSolutions checker(KdfSettings settings) {
        return new KdfSolutions(KEY, settings, 1, clock);
    }

    private static Config config(KdfSettings settings) {
        List<String> keys = new ArrayList<>(List.of(
                ConfigKeys.SECRET, "interop secret of at least thirty-two characters",
                ConfigKeys.POW_ALGORITHM, settings.algorithm().wireName(),
                ConfigKeys.POW_COST, Integer.toString(settings.parameters().cost()),
                ConfigKeys.POW_KEY_PREFIX, settings.keyPrefix(),
                ConfigKeys.POW_LIFETIME, "PT10M"));
        if (settings.algorithm().isMemoryHard()) {
            keys.addAll(List.of(
                    ConfigKeys.POW_MEMORY_COST,
                            Integer.toString(settings.parameters().memoryCost()),
                    ConfigKeys.POW_PARALLELISM,
                            Integer.toString(settings.parameters().parallelism())));
        }
        return TestConfigs.of(keys.toArray(String[]::new));
    }

    private static CaptchaSubmission submission(String payload) {
        try {
            return new CaptchaSubmission(
                    Map.of(SentHeader.TOKEN, payload),
                    "203.0.113.7",
                    "login",
                    null,
                    Object.class.getMethod("toString"));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
