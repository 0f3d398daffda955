package org.captchaee.impl.pow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.captchaee.impl.pow.kdf.KdfAlgorithm;
import org.captchaee.impl.pow.kdf.KdfParameters;
import org.captchaee.impl.pow.kdf.KeyDerivation;
import org.junit.jupiter.api.Test;

/** The v2 issuer: the JSON the widget reads, signed over the canonical parameters, solvable and checked by the checker. */
class KdfChallengesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final KdfSettings SETTINGS =
            new KdfSettings(KdfAlgorithm.PBKDF2_SHA_256, new KdfParameters(10, 0, 0, 32), "0");

    private final KdfChallenges challenges =
            new KdfChallenges("key", SETTINGS, Duration.ofMinutes(5), CLOCK, new SecureRandom());

    @Test
    void theJson_hasExactlyTheParametersWeIssue_sorted_withAnExpiry() {
        JsonObject json = challenges.create().toJson();
        JsonObject parameters = json.getJsonObject("parameters");
        assertEquals(
                java.util.List.of("algorithm", "cost", "expiresAt", "keyLength", "keyPrefix", "nonce", "salt"),
                java.util.List.copyOf(parameters.keySet()));
        assertEquals("PBKDF2/SHA-256", parameters.getString("algorithm"));
        assertEquals(10, parameters.getInt("cost"));
        assertEquals(
                NOW.plusSeconds(300).getEpochSecond(),
                parameters.getJsonNumber("expiresAt").longValue());
        assertEquals(32, parameters.getInt("keyLength"));
        assertEquals("0", parameters.getString("keyPrefix"));
        assertTrue(parameters.getString("nonce").matches("[0-9a-f]{32}"));
        assertTrue(parameters.getString("salt").matches("[0-9a-f]{32}"));
        assertTrue(json.getString("signature").matches("[0-9a-f]{64}"));
        assertEquals(
                new PowHashes("key").signature(parameters.toString()),
                json.getString("signature"),
                "the signature covers the parameters as JSON.stringify prints them");
    }

    @Test
    void memoryHardAlgorithms_stateTheirMemoryCostAndParallelism() {
        KdfSettings scrypt = new KdfSettings(KdfAlgorithm.SCRYPT, new KdfParameters(16, 2, 1, 32), "0");
        JsonObject parameters = new KdfChallenges("key", scrypt, Duration.ofMinutes(5), CLOCK, new SecureRandom())
                .create()
                .toJson()
                .getJsonObject("parameters");
        assertEquals(
                java.util.List.of(
                        "algorithm",
                        "cost",
                        "expiresAt",
                        "keyLength",
                        "keyPrefix",
                        "memoryCost",
                        "nonce",
                        "parallelism",
                        "salt"),
                java.util.List.copyOf(parameters.keySet()));
        assertEquals(2, parameters.getInt("memoryCost"));
        assertEquals(1, parameters.getInt("parallelism"));
    }

    @Test
    void eachChallenge_hasItsOwnNonceAndSalt() {
        KdfChallenge first = challenges.create();
        KdfChallenge second = challenges.create();
        assertNotEquals(first.nonce(), second.nonce());
        assertNotEquals(first.salt(), second.salt());
    }

    @Test
    void aSolvedChallenge_passesTheChecker() {
        KdfChallenge challenge = challenges.create();
        KeyDerivation derivation = SETTINGS.algorithm().derivation(SETTINGS.parameters());
        HexFormat hex = HexFormat.of();
        for (int counter = 0; counter < 10_000; counter++) {
            byte[] password = ByteBuffer.allocate(20)
                    .put(hex.parseHex(challenge.nonce()))
                    .putInt(counter)
                    .array();
            String key = hex.formatHex(derivation.derive(password, hex.parseHex(challenge.salt())));
            if (key.startsWith("0")) {
                String payload = Json.createObjectBuilder()
                        .add("challenge", challenge.toJson())
                        .add(
                                "solution",
                                Json.createObjectBuilder()
                                        .add("counter", counter)
                                        .add("derivedKey", key))
                        .build()
                        .toString();
                PowCheck check = new KdfSolutions("key", SETTINGS, 1, CLOCK)
                        .check(Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8)));
                assertEquals(PowCheck.passed(challenge.nonce(), Instant.ofEpochSecond(challenge.expiresAt())), check);
                return;
            }
        }
        throw new AssertionError("no counter below 10,000 has a key starting with 0");
    }
}
