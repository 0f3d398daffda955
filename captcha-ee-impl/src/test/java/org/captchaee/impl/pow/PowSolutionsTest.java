package org.captchaee.impl.pow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks payloads against the published vector of protocols.md 4.1 and against tampered variants of it. */
class PowSolutionsTest {

    private static final String KEY = "test-hmac-key";
    private static final String SALT = "0123456789abcdef01234567?expires=1893456000&";
    private static final Instant EXPIRES = Instant.ofEpochSecond(1893456000L);
    private static final PowChallenge VECTOR = new PowChallenge(
            "SHA-256",
            "c9349b1cdc72c9e5013d67451fd5c726e90c2593c445f3f1170f47dcb66e7335",
            100_000,
            SALT,
            "3d129d0233f04bce0deae0482137f3c17e6fec47daa5dc5ba2abd8b3006a28bc");
    private static final long NUMBER = 12345;
    private static final String PUBLISHED_PAYLOAD = "eyJhbGdvcml0aG0iOiJTSEEtMjU2IiwiY2hhbGxlbmdlIjoiYzkzNDliMWNkYzcyYz"
            + "llNTAxM2Q2NzQ1MWZkNWM3MjZlOTBjMjU5M2M0NDVmM2YxMTcwZjQ3ZGNiNjZlNzMzNSIsIm51bWJlciI6MTIzNDUsInNhbHQiOiIwMT"
            + "IzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc/ZXhwaXJlcz0xODkzNDU2MDAwJiIsInNpZ25hdHVyZSI6IjNkMTI5ZDAyMzNmMDRiY2UwZGVhZT"
            + "A0ODIxMzdmM2MxN2U2ZmVjNDdkYWE1ZGM1YmEyYWJkOGIzMDA2YTI4YmMiLCJ0b29rIjo0MjB9";

    private static final Clock BEFORE = at(EXPIRES.minusSeconds(60));
    private final PowSolutions solutions = new PowSolutions(KEY, BEFORE);

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static JsonObjectBuilder vector() {
        return PowTestPayloads.fields(VECTOR, NUMBER);
    }

    private PowCheck check(JsonObjectBuilder fields) {
        return solutions.check(PowTestPayloads.encode(fields.build()));
    }

    /** A challenge signed with our key around any salt, as a careless issuer would sign it. */
    private static PowChallenge signed(String salt, long number) {
        String challenge = PowHashes.challenge(salt, number);
        return new PowChallenge("SHA-256", challenge, 100_000, salt, new PowHashes(KEY).signature(challenge));
    }

    // The published vector --------------------------------------------------------------------------------------------

    @Test
    void publishedPayload_passes_withTheChallengeAsReplayId() {
        PowCheck check = solutions.check(PUBLISHED_PAYLOAD);
        assertEquals(PowCheck.passed(VECTOR.challenge(), EXPIRES), check);
        assertTrue(check.isPassed());
    }

    @Test
    void publishedPayload_atItsExpirySecond_stillPasses() {
        assertEquals(
                PowCheck.Outcome.PASSED,
                new PowSolutions(KEY, at(EXPIRES)).check(PUBLISHED_PAYLOAD).outcome());
    }

    @Test
    void publishedPayload_afterItsExpiry_isExpired() {
        assertEquals(PowCheck.EXPIRED, new PowSolutions(KEY, at(EXPIRES.plusMillis(1))).check(PUBLISHED_PAYLOAD));
    }

    @Test
    void publishedPayload_underAnotherKey_isInvalid_evenAfterItsExpiry() {
        // forged data is never reported as expired: the expiry is read only once the signature holds
        assertEquals(PowCheck.INVALID, new PowSolutions("other-key", BEFORE).check(PUBLISHED_PAYLOAD));
        assertEquals(
                PowCheck.INVALID, new PowSolutions("other-key", at(EXPIRES.plusSeconds(1))).check(PUBLISHED_PAYLOAD));
    }

    // Tampered payloads -----------------------------------------------------------------------------------------------

    @Test
    void tamperedNumber_isInvalid() {
        assertEquals(PowCheck.INVALID, check(vector().add("number", NUMBER + 1)));
    }

    @Test
    void tamperedSalt_laterExpiry_isInvalid() {
        assertEquals(PowCheck.INVALID, check(vector().add("salt", SALT.replace("1893456000", "1893457000"))));
    }

    @Test
    void tamperedSignature_isInvalid() {
        String signature = VECTOR.signature().substring(0, 63) + "d";
        assertEquals(PowCheck.INVALID, check(vector().add("signature", signature)));
    }

    @Test
    void tamperedChallenge_isInvalid() {
        String challenge = VECTOR.challenge().substring(0, 63) + "4";
        assertEquals(PowCheck.INVALID, check(vector().add("challenge", challenge)));
    }

    @Test
    void upperCaseHex_isInvalid() {
        assertEquals(
                PowCheck.INVALID,
                check(vector().add("signature", VECTOR.signature().toUpperCase())));
        assertEquals(
                PowCheck.INVALID,
                check(vector().add("challenge", VECTOR.challenge().toUpperCase())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SHA-1", "SHA-512", "sha-256", "SHA256", ""})
    void otherAlgorithm_isInvalid(String algorithm) {
        assertEquals(PowCheck.INVALID, check(vector().add("algorithm", algorithm)));
    }

    @Test
    void sha1ChallengeSignedWithOurKey_isInvalid() throws GeneralSecurityException {
        // a genuine SHA-1 solution, HMAC-SHA1 signed with our key: altcha-lib follows the algorithm the payload names
        HexFormat hex = HexFormat.of();
        String challenge = hex.formatHex(
                MessageDigest.getInstance("SHA-1").digest((SALT + NUMBER).getBytes(StandardCharsets.UTF_8)));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String signature = hex.formatHex(mac.doFinal(challenge.getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                PowCheck.INVALID,
                check(vector().add("algorithm", "SHA-1")
                        .add("challenge", challenge)
                        .add("signature", signature)));
    }

    // Salts that we never issue -----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0123456789abcdef01234567?expires=1893456000", // no trailing &
                "0123456789abcdef01234567&", // no expiry
                "0123456789abcdef01234567", // no parameters at all
                "0123456789abcdef01234567?foo=bar&", // no expiry
                "0123456789abcdef01234567?expire=1893456000&", // the spelling altcha-lib also reads
                "0123456789abcdef01234567?expires=&",
                "0123456789abcdef01234567?expires=18934560x0&",
                "0123456789abcdef01234567?expires=-1893456000&",
                "0123456789abcdef01234567?expires=1893456000&expires=1893456000&", // twice
                "0123456789abcdef01234567?expires=1893456000?x=1&", // the expiry is not after the last ?
                "0123456789abcdef01234567?expires=99999999999999999999&" // beyond any Instant
            })
    void saltWithoutOurShape_isInvalid_evenWhenSignedWithOurKey(String salt) {
        PowChallenge challenge = signed(salt, NUMBER);
        assertEquals(PowCheck.INVALID, solutions.check(PowTestPayloads.payload(challenge, NUMBER)));
    }

    @Test
    void saltWithOtherParameters_passes() {
        // altcha-lib puts its own parameters next to the expiry
        PowChallenge challenge = signed("0123456789abcdef01234567?a=1&expires=1893456000&b=2&", NUMBER);
        assertEquals(
                PowCheck.passed(challenge.challenge(), EXPIRES),
                solutions.check(PowTestPayloads.payload(challenge, NUMBER)));
    }

    // Challenge splicing (CVE-2025-68113) ---------------------------------------------------------------------------

    @Test
    void splicedPayload_ofAnIssuedChallenge_isInvalid() {
        // moving the first digit of the number into the salt keeps salt + number, so both hashes still match ...
        String splicedSalt = SALT + "1";
        long splicedNumber = 2345;
        assertEquals(VECTOR.challenge(), PowHashes.challenge(splicedSalt, splicedNumber));
        // ... and only the trailing & tells the spliced salt from an issued one
        assertEquals(PowCheck.INVALID, check(vector().add("salt", splicedSalt).add("number", splicedNumber)));
    }

    @Test
    void challengeWithoutTrailingAmpersand_isInvalid_andCannotBeSplicedToALaterExpiry() {
        // a challenge as issued before the fix: expired in 1970s, signed with our key
        PowChallenge old = signed("0123456789abcdef01234567?expires=189345600", 12345);
        PowSolutions in1975 = new PowSolutions(KEY, at(Instant.ofEpochSecond(189345000L)));
        assertEquals(PowCheck.INVALID, in1975.check(PowTestPayloads.payload(old, 12345)));
        // the splice: one digit moves from the number to the expiry, which becomes 1893456001 (2030)
        String splicedSalt = "0123456789abcdef01234567?expires=1893456001";
        assertEquals(old.challenge(), PowHashes.challenge(splicedSalt, 2345));
        JsonObjectBuilder spliced =
                PowTestPayloads.fields(old, 2345).add("salt", splicedSalt).add("number", 2345);
        assertEquals(PowCheck.INVALID, check(spliced));
    }

    // Malformed payloads ------------------------------------------------------------------------------------------

    @Test
    void testModePayload_isMalformed() {
        String testMode = PowTestPayloads.encode("{\"challenge\":null,\"solution\":null,\"test\":true}");
        assertEquals(PowCheck.MALFORMED, solutions.check(testMode));
    }

    @Test
    void validPayloadMarkedAsTest_isMalformed() {
        assertEquals(PowCheck.MALFORMED, check(vector().add("test", true)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"algorithm", "challenge", "number", "salt", "signature"})
    void missingField_isMalformed(String field) {
        assertEquals(PowCheck.MALFORMED, check(vector().remove(field)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"algorithm", "challenge", "number", "salt", "signature"})
    void nullField_isMalformed(String field) {
        assertEquals(PowCheck.MALFORMED, check(vector().addNull(field)));
    }

    @Test
    void fieldsOfTheWrongType_areMalformed() {
        assertEquals(PowCheck.MALFORMED, check(vector().add("number", "12345")));
        assertEquals(PowCheck.MALFORMED, check(vector().add("salt", 1893456000)));
        assertEquals(PowCheck.MALFORMED, check(vector().add("signature", Json.createArrayBuilder())));
        assertEquals(PowCheck.MALFORMED, check(vector().add("challenge", Json.createObjectBuilder())));
        assertEquals(PowCheck.MALFORMED, check(vector().add("algorithm", true)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12345", "12345.5", "12345.0", "123450E-1", "1e999999999", "9223372036854775808", "1e5"})
    void numberThatIsNotANonNegativeLong_isMalformed(String number) {
        assertEquals(PowCheck.MALFORMED, solutions.check(withNumber(number)));
    }

    @Test
    void numberOfThousandsOfDigits_isMalformed() {
        assertEquals(PowCheck.MALFORMED, solutions.check(withNumber("1" + "0".repeat(2000))));
    }

    @Test
    void otherSpellingsOfTheNumber_verifyAsTheSameChallenge() {
        // JSON has several spellings of 12345; all hash as 12345 and all give the same replay identity
        assertEquals(PowCheck.passed(VECTOR.challenge(), EXPIRES), solutions.check(withNumber("1.2345e4")));
        assertEquals(PowCheck.passed(VECTOR.challenge(), EXPIRES), solutions.check(withNumber("12345E0")));
    }

    private static String withNumber(String number) {
        return PowTestPayloads.encode(vector().build().toString().replace("\"number\":12345", "\"number\":" + number));
    }

    @Test
    void tookAndUnknownFields_areIgnored() {
        assertEquals(
                PowCheck.Outcome.PASSED,
                check(vector().add("took", "slow")
                                .add("extra", Json.createObjectBuilder().add("a", 1)))
                        .outcome());
        assertEquals(PowCheck.Outcome.PASSED, check(vector().remove("took")).outcome());
        assertEquals(PowCheck.Outcome.PASSED, check(vector().add("test", false)).outcome());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%%%", "not base64!", "YQ", "eyJ", "e30="})
    void textThatIsNotAPayload_isMalformed(String payload) {
        // "YQ" is Base64 of "a", "eyJ" is cut, "e30=" is {}
        assertEquals(PowCheck.MALFORMED, solutions.check(payload));
    }

    @Test
    void nullPayload_isMalformed() {
        assertEquals(PowCheck.MALFORMED, solutions.check(null));
    }

    @Test
    void jsonThatIsNotOneObject_isMalformed() {
        String object = vector().build().toString();
        assertEquals(PowCheck.MALFORMED, solutions.check(PowTestPayloads.encode("[" + object + "]")));
        assertEquals(PowCheck.MALFORMED, solutions.check(PowTestPayloads.encode(object + " x")));
        assertEquals(PowCheck.MALFORMED, solutions.check(PowTestPayloads.encode(object + object)));
        assertEquals(PowCheck.MALFORMED, solutions.check(PowTestPayloads.encode("\"" + PUBLISHED_PAYLOAD + "\"")));
        assertEquals(PowCheck.MALFORMED, solutions.check(PowTestPayloads.encode("hello")));
    }

    @Test
    void duplicateField_isMalformed() {
        String object = vector().build().toString();
        String twice = object.replace("\"number\":12345", "\"number\":1,\"number\":12345");
        assertEquals(PowCheck.MALFORMED, solutions.check(PowTestPayloads.encode(twice)));
    }

    @Test
    void urlSafeBase64_isMalformed() {
        assertTrue(PUBLISHED_PAYLOAD.contains("/"));
        assertEquals(PowCheck.MALFORMED, solutions.check(PUBLISHED_PAYLOAD.replace('/', '_')));
    }

    @Test
    void base64WithLineBreaksOrSpaces_isMalformed() {
        assertEquals(
                PowCheck.MALFORMED,
                solutions.check(PUBLISHED_PAYLOAD.substring(0, 76) + "\n" + PUBLISHED_PAYLOAD.substring(76)));
        assertEquals(PowCheck.MALFORMED, solutions.check(" " + PUBLISHED_PAYLOAD));
    }

    @Test
    void base64WithoutPadding_isRead() {
        String padded = PowTestPayloads.payload(VECTOR, NUMBER);
        assertTrue(padded.endsWith("="), padded);
        assertEquals(
                PowCheck.Outcome.PASSED,
                solutions.check(padded.replace("=", "")).outcome());
    }

    @Test
    void invalidUtf8_isMalformed() {
        byte[] json = vector().build().toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[json.length + 1];
        System.arraycopy(json, 0, bad, 1, json.length);
        bad[0] = (byte) 0xff;
        assertEquals(PowCheck.MALFORMED, solutions.check(Base64.getEncoder().encodeToString(bad)));
    }

    @Test
    void payloadLongerThanTheCap_isMalformed_evenIfValid() {
        String padding = "x".repeat(PowSolutions.MAX_PAYLOAD_LENGTH);
        String huge = PowTestPayloads.encode(vector().add("extra", padding).build());
        assertEquals(PowCheck.MALFORMED, solutions.check(huge));
        assertEquals(PowCheck.MALFORMED, solutions.check("A".repeat(10_000_000)));
    }

    @Test
    void payloadJustUnderTheCap_isRead() {
        String base = PowTestPayloads.payload(VECTOR, NUMBER);
        // each 3 characters of JSON are 4 of Base64
        int room = (PowSolutions.MAX_PAYLOAD_LENGTH - base.length()) / 4 * 3 - 20;
        String payload =
                PowTestPayloads.encode(vector().add("extra", "x".repeat(room)).build());
        assertTrue(
                payload.length() <= PowSolutions.MAX_PAYLOAD_LENGTH && payload.length() > 4000, "" + payload.length());
        assertEquals(PowCheck.Outcome.PASSED, solutions.check(payload).outcome());
    }

    @Test
    void toString_neverShowsTheKey() {
        assertFalse(solutions.toString().contains(KEY));
    }
}
