package org.captchaee.impl.pow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.Test;

/**
 * Interoperability with the official altcha-lib 2.8.0 (its v1 API), run with Node.js: altcha-lib solves our challenges,
 * we accept what it issues and solves with our key, and its verifier accepts what we issue and solve. Real time, since
 * altcha-lib checks expiry against the system clock.
 */
class AltchaInteropTest {

    private static final String KEY = "interop-hmac-key-" + Long.toHexString(new SecureRandom().nextLong());
    private static final long MAX_NUMBER = 50_000;
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private final Clock clock = Clock.systemUTC();
    private final PowChallenges challenges = new PowChallenges(KEY, MAX_NUMBER, LIFETIME, clock, new SecureRandom());
    private final PowSolutions solutions = new PowSolutions(KEY, clock);

    private static JsonObject json(String base64Payload) {
        try (JsonReader reader = Json.createReader(new StringReader(PowTestPayloads.decode(base64Payload)))) {
            return reader.readObject();
        }
    }

    @Test
    void ourChallenge_solvedByAltchaLib_passes() {
        PowChallenge challenge = challenges.create();
        String payload = AltchaNode.run(challenge.toJson().toString(), "solve");

        PowCheck check = solutions.check(payload);
        assertEquals(PowCheck.Outcome.PASSED, check.outcome(), PowTestPayloads.decode(payload));
        assertEquals(challenge.challenge(), check.replayId());
        assertEquals(
                Instant.ofEpochSecond(Long.parseLong(challenge.salt().replaceAll(".*expires=(\\d+)&$", "$1"))),
                check.expires());
    }

    @Test
    void altchaLibChallenge_withOurKey_solvedByAltchaLib_passes() {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        String payload = AltchaNode.run("", "create-and-solve", KEY, Long.toString(MAX_NUMBER), Long.toString(expires));

        JsonObject fields = json(payload);
        // altcha-lib 2.8.0 issues our salt shape itself: 12 random bytes in hex, the expiry, and the trailing &
        assertTrue(fields.getString("salt").matches("[0-9a-f]{24}\\?expires=" + expires + "&"), fields.toString());
        PowCheck check = solutions.check(payload);
        assertEquals(PowCheck.passed(fields.getString("challenge"), Instant.ofEpochSecond(expires)), check);
    }

    @Test
    void altchaLibChallenge_withAnotherKey_isInvalid() {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        String payload = AltchaNode.run(
                "", "create-and-solve", "another-key", Long.toString(MAX_NUMBER), Long.toString(expires));
        assertEquals(PowCheck.INVALID, solutions.check(payload));
    }

    @Test
    void ourChallenge_solvedByUs_isVerifiedByAltchaLib() {
        PowChallenge challenge = challenges.create();
        String payload = PowTestPayloads.payload(challenge, PowTestPayloads.solve(challenge));
        assertEquals(PowCheck.Outcome.PASSED, solutions.check(payload).outcome());

        assertEquals("true", AltchaNode.run(payload, "verify", KEY));
        // the harness can say no: a wrong key and a wrong number fail in altcha-lib too
        assertEquals("false", AltchaNode.run(payload, "verify", "another-key"));
        long wrong = (PowTestPayloads.solve(challenge) + 1) % (MAX_NUMBER + 1);
        assertEquals("false", AltchaNode.run(PowTestPayloads.payload(challenge, wrong), "verify", KEY));
    }
}
