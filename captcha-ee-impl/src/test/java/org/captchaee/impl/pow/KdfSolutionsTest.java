package org.captchaee.impl.pow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.captchaee.impl.pow.kdf.KdfAlgorithm;
import org.captchaee.impl.pow.kdf.KdfParameters;
import org.captchaee.impl.pow.kdf.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks v2 payloads against the published ALTCHA vector of protocols.md 4.2 (SHA-256, cost 1, prefix {@code 00}) and
 * against tampered variants of it: every parameter is one we issued with our settings, and the key derivation runs only
 * once everything cheap has passed.
 */
class KdfSolutionsTest {

    private static final String KEY = "test-hmac-key";
    private static final KdfSettings VECTOR_SETTINGS =
            new KdfSettings(KdfAlgorithm.SHA_256, new KdfParameters(1, 0, 0, 32), "00");
    private static final String NONCE = "000102030405060708090a0b0c0d0e0f";
    private static final String SALT = "101112131415161718191a1b1c1d1e1f";
    private static final long EXPIRES_AT = 1893456000L;
    private static final String SIGNATURE = "d7ccbeb4deed409de924c76c274ab104048e7c7b373b3cfdd5c37a614eaa1e47";
    private static final long COUNTER = 52;
    private static final String DERIVED_KEY = "00499e97a4d174cf7087af5005eb0098f9a1260ba51c3abc8c8fe234d1a6d37b";
    private static final Clock BEFORE = at(Instant.ofEpochSecond(EXPIRES_AT - 60));

    private final KdfSolutions solutions = new KdfSolutions(KEY, VECTOR_SETTINGS, 1, BEFORE);

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static JsonObjectBuilder parameters() {
        return Json.createObjectBuilder()
                .add("algorithm", "SHA-256")
                .add("cost", 1)
                .add("expiresAt", EXPIRES_AT)
                .add("keyLength", 32)
                .add("keyPrefix", "00")
                .add("nonce", NONCE)
                .add("salt", SALT);
    }

    private static JsonObjectBuilder solution() {
        return Json.createObjectBuilder()
                .add("counter", COUNTER)
                .add("derivedKey", DERIVED_KEY)
                .add("time", 12.5);
    }

    private static String encode(JsonObjectBuilder parameters, String signature, JsonObjectBuilder solution) {
        JsonObject payload = Json.createObjectBuilder()
                .add(
                        "challenge",
                        Json.createObjectBuilder().add("parameters", parameters).add("signature", signature))
                .add("solution", solution)
                .build();
        return encode(payload.toString());
    }

    private static String encode(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private PowCheck check(JsonObjectBuilder parameters, JsonObjectBuilder solution) {
        return solutions.check(encode(parameters, SIGNATURE, solution));
    }

    @Test
    void theCanonicalJson_isByteIdenticalToAltchaLibs_andSigned() {
        String canonical = KdfChallenge.canonicalJson(VECTOR_SETTINGS, NONCE, SALT, EXPIRES_AT);
        assertEquals(
                "{\"algorithm\":\"SHA-256\",\"cost\":1,\"expiresAt\":1893456000,\"keyLength\":32,\"keyPrefix\":\"00\","
                        + "\"nonce\":\"000102030405060708090a0b0c0d0e0f\",\"salt\":\"101112131415161718191a1b1c1d1e1f\"}",
                canonical);
        assertEquals(SIGNATURE, new PowHashes(KEY).signature(canonical));
    }

    @Test
    void thePublishedSolution_passes_withTheNonceAsItsReplayIdentity() {
        assertEquals(PowCheck.passed(NONCE, Instant.ofEpochSecond(EXPIRES_AT)), check(parameters(), solution()));
    }

    @Test
    void aKeyWithoutThePrefix_isInvalid_evenWhenItIsTheCountersRealKey() {
        // altcha-lib 2.3.1 and altcha-lib-java 2.0.2 accepted this: counter 0 with its own key, no work at all
        JsonObjectBuilder zero = Json.createObjectBuilder()
                .add("counter", 0)
                .add("derivedKey", "eedfafa451d4c2c9bd91991dc810c70bfd87fb9393f977b1bf7a00ffff98449e");
        assertEquals(PowCheck.INVALID, check(parameters(), zero));
    }

    @Test
    void anotherCountersKey_isInvalid() {
        assertEquals(PowCheck.INVALID, check(parameters(), solution().add("counter", COUNTER + 1)));
        String otherKey = "00" + DERIVED_KEY.substring(2, 63) + "c";
        assertEquals(PowCheck.INVALID, check(parameters(), solution().add("derivedKey", otherKey)));
    }

    @Test
    void expired_afterExpiresAt() {
        KdfSolutions later = new KdfSolutions(KEY, VECTOR_SETTINGS, 1, at(Instant.ofEpochSecond(EXPIRES_AT + 1)));
        assertEquals(PowCheck.EXPIRED, later.check(encode(parameters(), SIGNATURE, solution())));
        KdfSolutions atTheSecond = new KdfSolutions(KEY, VECTOR_SETTINGS, 1, at(Instant.ofEpochSecond(EXPIRES_AT)));
        assertEquals(
                PowCheck.Outcome.PASSED,
                atTheSecond.check(encode(parameters(), SIGNATURE, solution())).outcome());
    }

    @Test
    void anotherKey_isInvalid() {
        KdfSolutions other = new KdfSolutions("another-key", VECTOR_SETTINGS, 1, BEFORE);
        assertEquals(PowCheck.INVALID, other.check(encode(parameters(), SIGNATURE, solution())));
    }

    @Test
    void eachTamperedParameter_isInvalid() {
        assertEquals(PowCheck.INVALID, check(parameters().add("cost", 2), solution()));
        assertEquals(PowCheck.INVALID, check(parameters().add("keyPrefix", "0"), solution()));
        assertEquals(PowCheck.INVALID, check(parameters().add("keyLength", 16), solution()));
        assertEquals(PowCheck.INVALID, check(parameters().add("algorithm", "SHA-512"), solution()));
        assertEquals(PowCheck.INVALID, check(parameters().add("expiresAt", EXPIRES_AT + 1), solution()));
        assertEquals(PowCheck.INVALID, check(parameters().add("salt", SALT.replace('1', '2')), solution()));
        assertEquals(PowCheck.INVALID, check(parameters().add("nonce", NONCE.replace('0', '9')), solution()));
    }

    @Test
    void parametersWeNeverIssue_orMissing_areInvalid() {
        assertEquals(PowCheck.INVALID, check(parameters().add("data", Json.createObjectBuilder()), solution()));
        assertEquals(PowCheck.INVALID, check(parameters().add("keySignature", SIGNATURE), solution()));
        assertEquals(PowCheck.INVALID, check(parameters().add("memoryCost", 8), solution()));
        assertEquals(PowCheck.INVALID, check(parameters().remove("expiresAt"), solution()));
        assertEquals(PowCheck.INVALID, check(parameters().add("expiresAt", "1893456000"), solution()));
        assertEquals(PowCheck.INVALID, check(parameters().add("cost", 1.0), solution()));
        assertEquals(PowCheck.INVALID, check(parameters().add("nonce", NONCE.toUpperCase()), solution()));
        assertEquals(PowCheck.INVALID, check(parameters().add("nonce", NONCE + "00"), solution()));
    }

    @Test
    void aChallengeOfOtherSettings_isInvalid_evenWithAGoodSignatureAndSolution() {
        KdfSettings harder = new KdfSettings(KdfAlgorithm.SHA_256, new KdfParameters(1, 0, 0, 32), "000");
        KdfSolutions stricter = new KdfSolutions(KEY, harder, 1, BEFORE);
        assertEquals(PowCheck.INVALID, stricter.check(encode(parameters(), SIGNATURE, solution())));
    }

    @Test
    void aMissingOrForeignSignature_isInvalid() {
        assertEquals(PowCheck.INVALID, solutions.check(encode(parameters(), "0".repeat(64), solution())));
        assertEquals(PowCheck.INVALID, solutions.check(encode(parameters(), SIGNATURE.toUpperCase(), solution())));
        JsonObject unsigned = Json.createObjectBuilder()
                .add("challenge", Json.createObjectBuilder().add("parameters", parameters()))
                .add("solution", solution())
                .build();
        assertEquals(PowCheck.INVALID, solutions.check(encode(unsigned.toString())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "4294967296", "1.5", "52.0", "\"52\"", "true", "null"})
    void aCounterThatIsNotAUint32Integer_isInvalid(String counter) {
        String json = "{\"challenge\":{\"parameters\":" + parameters().build() + ",\"signature\":\"" + SIGNATURE
                + "\"},\"solution\":{\"counter\":" + counter + ",\"derivedKey\":\"" + DERIVED_KEY + "\"}}";
        assertEquals(PowCheck.INVALID, solutions.check(encode(json)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00499E97A4D174CF7087AF5005EB0098F9A1260BA51C3ABC8C8FE234D1A6D37B", "00499e97a", "", "zz"})
    void aDerivedKeyThatIsNotLowercaseHexOfTheKeyLength_isInvalid(String derivedKey) {
        assertEquals(PowCheck.INVALID, check(parameters(), solution().add("derivedKey", derivedKey)));
    }

    @Test
    void notAV2Payload_isMalformed() {
        assertEquals(PowCheck.MALFORMED, solutions.check(null));
        assertEquals(PowCheck.MALFORMED, solutions.check("not base64!"));
        assertEquals(PowCheck.MALFORMED, solutions.check("A".repeat(KdfSolutions.MAX_PAYLOAD_LENGTH + 4)));
        assertEquals(
                PowCheck.MALFORMED, solutions.check(encode("{\"challenge\":null,\"solution\":null,\"test\":true}")));
        assertEquals(PowCheck.MALFORMED, solutions.check(encode("{\"challenge\":{\"parameters\":{}}}")));
        String duplicate = "{\"challenge\":{\"parameters\":" + parameters().build() + ",\"signature\":\"" + SIGNATURE
                + "\"},\"solution\":{\"counter\":52,\"counter\":52,\"derivedKey\":\"" + DERIVED_KEY + "\"}}";
        assertEquals(PowCheck.MALFORMED, solutions.check(encode(duplicate)));
        JsonObject testMode = Json.createObjectBuilder()
                .add(
                        "challenge",
                        Json.createObjectBuilder()
                                .add("parameters", parameters())
                                .add("signature", SIGNATURE))
                .add("solution", solution())
                .add("test", JsonValue.TRUE)
                .build();
        assertEquals(PowCheck.MALFORMED, solutions.check(encode(testMode.toString())));
    }

    @Test
    void cheapFailures_neverReachTheKeyDerivation() {
        CountingDerivation counting = new CountingDerivation(VECTOR_SETTINGS);
        KdfSolutions counted = new KdfSolutions(KEY, VECTOR_SETTINGS, counting, 1, BEFORE);
        counted.check(encode(parameters().add("cost", 2), SIGNATURE, solution()));
        counted.check(encode(parameters(), "0".repeat(64), solution()));
        counted.check(encode(parameters(), SIGNATURE, solution().add("counter", -1)));
        counted.check(encode(parameters(), SIGNATURE, solution().add("derivedKey", "ff" + DERIVED_KEY.substring(2))));
        new KdfSolutions(KEY, VECTOR_SETTINGS, counting, 1, at(Instant.ofEpochSecond(EXPIRES_AT + 1)))
                .check(encode(parameters(), SIGNATURE, solution()));
        assertEquals(0, counting.calls);
        counted.check(encode(parameters(), SIGNATURE, solution()));
        assertEquals(1, counting.calls);
    }

    @Test
    void whileEveryDerivationSlotIsTaken_aSolutionIsRefusedAsBusy_notChecked() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        KeyDerivation real = VECTOR_SETTINGS.algorithm().derivation(VECTOR_SETTINGS.parameters());
        KeyDerivation held = (password, salt) -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.derive(password, salt);
        };
        KdfSolutions oneAtATime = new KdfSolutions(KEY, VECTOR_SETTINGS, held, 1, BEFORE);
        String payload = encode(parameters(), SIGNATURE, solution());
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<PowCheck> first = executor.submit(() -> oneAtATime.check(payload));
            started.await(10, TimeUnit.SECONDS);
            assertEquals(PowCheck.BUSY, oneAtATime.check(payload));
            release.countDown();
            assertEquals(
                    PowCheck.Outcome.PASSED, first.get(10, TimeUnit.SECONDS).outcome());
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
        assertEquals(PowCheck.Outcome.PASSED, oneAtATime.check(payload).outcome(), "the slot is free again");
    }

    /** The settings' derivation, counting its calls. */
    private static final class CountingDerivation implements KeyDerivation {
        private final KeyDerivation real;
        private int calls;

        CountingDerivation(KdfSettings settings) {
            this.real = settings.algorithm().derivation(settings.parameters());
        }

        @Override
        public byte[] derive(byte[] password, byte[] salt) {
            calls++;
            return real.derive(password, salt);
        }
    }
}
