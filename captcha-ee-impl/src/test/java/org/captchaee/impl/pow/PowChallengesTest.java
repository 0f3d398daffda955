package org.captchaee.impl.pow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Set;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class PowChallengesTest {

    private static final String KEY = "test-hmac-key";
    private static final Instant EXPIRES = Instant.ofEpochSecond(1893456000L);
    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final Clock ISSUED = Clock.fixed(EXPIRES.minus(LIFETIME), ZoneOffset.UTC);

    /** Returns the salt bytes and the number of the published vector, and remembers the bound asked for. */
    private static final class VectorRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        long bound;

        @Override
        public void nextBytes(byte[] bytes) {
            byte[] salt = HexFormat.of().parseHex("0123456789abcdef01234567");
            assertEquals(salt.length, bytes.length);
            System.arraycopy(salt, 0, bytes, 0, salt.length);
        }

        @Override
        public long nextLong(long bound) {
            this.bound = bound;
            return 12345;
        }
    }

    @Test
    void create_reproducesThePublishedVector() {
        PowChallenge challenge = new PowChallenges(KEY, 100_000, LIFETIME, ISSUED, new VectorRandom()).create();
        assertEquals(
                new PowChallenge(
                        "SHA-256",
                        "c9349b1cdc72c9e5013d67451fd5c726e90c2593c445f3f1170f47dcb66e7335",
                        100_000,
                        "0123456789abcdef01234567?expires=1893456000&",
                        "3d129d0233f04bce0deae0482137f3c17e6fec47daa5dc5ba2abd8b3006a28bc"),
                challenge);
    }

    @Test
    void create_drawsTheNumberFromZeroToMaxNumberInclusive() {
        VectorRandom random = new VectorRandom();
        new PowChallenges(KEY, 100_000, LIFETIME, ISSUED, random).create();
        assertEquals(100_001, random.bound);
    }

    @Test
    void create_saltIsRandomHexThenExpiryThenAmpersand() {
        PowChallenges challenges = new PowChallenges(KEY, 1000, LIFETIME, ISSUED, new SecureRandom());
        PowChallenge first = challenges.create();
        PowChallenge second = challenges.create();
        assertTrue(first.salt().matches("[0-9a-f]{24}\\?expires=1893456000&"), first.salt());
        assertNotEquals(first.salt(), second.salt());
        assertEquals("SHA-256", first.algorithm());
        assertEquals(1000, first.maxnumber());
    }

    @Test
    void createdChallenge_solvedByBruteForce_passes() {
        PowChallenge challenge = new PowChallenges(KEY, 5000, LIFETIME, ISSUED, new SecureRandom()).create();
        long number = PowTestPayloads.solve(challenge);
        PowCheck check = new PowSolutions(KEY, ISSUED).check(PowTestPayloads.payload(challenge, number));
        assertEquals(PowCheck.passed(challenge.challenge(), EXPIRES), check);
    }

    @Test
    void createdChallenge_solvedAfterItsLifetime_isExpired() {
        PowChallenge challenge = new PowChallenges(KEY, 5000, LIFETIME, ISSUED, new SecureRandom()).create();
        String payload = PowTestPayloads.payload(challenge, PowTestPayloads.solve(challenge));
        Clock late = Clock.offset(ISSUED, LIFETIME.plusSeconds(1));
        assertEquals(PowCheck.EXPIRED, new PowSolutions(KEY, late).check(payload));
    }

    @Test
    void toJson_hasExactlyTheFieldsOfTheProtocol() {
        PowChallenge challenge = new PowChallenges(KEY, 100_000, LIFETIME, ISSUED, new VectorRandom()).create();
        JsonObject json = challenge.toJson();
        assertEquals(Set.of("algorithm", "challenge", "maxnumber", "salt", "signature"), json.keySet());
        assertEquals("SHA-256", json.getString("algorithm"));
        assertEquals(challenge.challenge(), json.getString("challenge"));
        assertEquals(100_000, ((JsonNumber) json.get("maxnumber")).longValueExact());
        assertEquals(challenge.salt(), json.getString("salt"));
        assertEquals(challenge.signature(), json.getString("signature"));
    }

    @Test
    void constructor_refusesValuesOutOfRange() {
        SecureRandom random = new SecureRandom();
        assertThrows(IllegalArgumentException.class, () -> new PowChallenges("", 1000, LIFETIME, ISSUED, random));
        assertThrows(IllegalArgumentException.class, () -> new PowChallenges(null, 1000, LIFETIME, ISSUED, random));
        assertThrows(IllegalArgumentException.class, () -> new PowChallenges(KEY, 0, LIFETIME, ISSUED, random));
        assertThrows(
                IllegalArgumentException.class,
                () -> new PowChallenges(KEY, PowChallenges.MAX_NUMBER_LIMIT + 1, LIFETIME, ISSUED, random));
        assertThrows(
                IllegalArgumentException.class,
                () -> new PowChallenges(KEY, 1000, Duration.ofMillis(999), ISSUED, random));
    }

    @Test
    void toString_neverShowsTheKey() {
        assertFalse(new PowChallenges(KEY, 1000, LIFETIME, ISSUED, new SecureRandom())
                .toString()
                .contains(KEY));
    }
}
