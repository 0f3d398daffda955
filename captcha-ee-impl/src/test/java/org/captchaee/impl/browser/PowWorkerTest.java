package org.captchaee.impl.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.captchaee.impl.node.NodeScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The browser helper's proof-of-work worker ({@code captcha-ee-pow.js}, as the impl jar serves it) run in Node.js by
 * the harness {@code pow-worker.mjs} on challenges of the official altcha-lib 2.8.0: every algorithm it offers solves
 * ALTCHA v2 challenges that altcha-lib verifies, with the same counter altcha-lib's own solver finds on the same share
 * of the counters; scrypt and Argon2id are refused with a pointer to the official widget; ALTCHA v1 still works.
 */
class PowWorkerTest {

    private static final String WORKER = "/META-INF/resources/captcha-ee/captcha-ee-pow.js";

    private static JsonObject run(String... scenario) {
        URL worker = PowWorkerTest.class.getResource(WORKER);
        assertNotNull(worker, WORKER + " is on the class path");
        List<String> args = new ArrayList<>();
        try {
            args.add(Path.of(worker.toURI()).toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        args.addAll(List.of(scenario));
        String line = NodeScript.of("pow-worker.mjs", "altcha-lib", Duration.ofSeconds(60))
                .run("", args.toArray(String[]::new));
        return Json.createReader(new StringReader(line)).readObject();
    }

    private static List<JsonObject> messages(JsonObject report) {
        return report.getJsonArray("messages").getValuesAs(JsonObject.class);
    }

    private static JsonObject answer(JsonObject report) {
        List<JsonObject> messages = messages(report);
        return messages.get(messages.size() - 1);
    }

    private static void assertProgressFromZeroToOne(JsonObject report) {
        List<JsonObject> progress = messages(report).subList(0, messages(report).size() - 1);
        assertEquals(0.0, progress.get(0).getJsonNumber("progress").doubleValue(), report.toString());
        assertEquals(
                1.0, progress.get(progress.size() - 1).getJsonNumber("progress").doubleValue(), report.toString());
        for (JsonObject message : progress.subList(1, progress.size() - 1)) {
            double fraction = message.getJsonNumber("progress").doubleValue();
            assertTrue(fraction > 0 && fraction <= 0.99, "below 1 until solved: " + report);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "SHA-256, 10, 0a",
        "SHA-384, 10, b7",
        "SHA-512, 10, 3",
        "PBKDF2/SHA-256, 1000, 00",
        "PBKDF2/SHA-384, 500, f",
        "PBKDF2/SHA-512, 500, 5c"
    })
    void aV2Challenge_ofAltchaLib_isSolved_andAltchaLibVerifiesTheSolution(String algorithm, int cost, String prefix) {
        JsonObject report = run("v2", algorithm, String.valueOf(cost), prefix, "0", "1");

        JsonObject solution = answer(report);
        assertTrue(report.getBoolean("verified"), "altcha-lib's verifySolution: " + report);
        assertEquals(report.getInt("expected"), solution.getInt("counter"), "the smallest counter, as altcha-lib's");
        assertTrue(solution.getString("derivedKey").matches(prefix + "[0-9a-f]{" + (64 - prefix.length()) + "}"));
        assertTrue(solution.getJsonNumber("time").doubleValue() >= 0, report.toString());
        assertProgressFromZeroToOne(report);
    }

    @Test
    void aWorkersShareOfTheCounters_isStartPlusMultiplesOfStep() {
        JsonObject report = run("v2", "PBKDF2/SHA-256", "100", "0", "2", "3");

        int counter = answer(report).getInt("counter");
        assertTrue(report.getBoolean("verified"), report.toString());
        assertEquals(2, counter % 3, "one of 2, 5, 8, ...: " + report);
        assertEquals(report.getInt("expected"), counter, "altcha-lib's solver on the same share agrees");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SCRYPT", "ARGON2ID"})
    void scryptAndArgon2id_areRefused_namingTheOfficialWidget(String algorithm) {
        JsonObject report = run("v2", algorithm, "1", "00", "0", "1");

        assertEquals(1, messages(report).size(), "nothing tried: " + report);
        String error = answer(report).getString("error");
        assertTrue(error.startsWith(algorithm) && error.contains("official ALTCHA widget"), error);
    }

    @Test
    void aV1Challenge_isStillSolved_andAltchaLibVerifiesIt() {
        JsonObject report = run("v1", "20000", "12345", "0", "1");

        assertEquals(12345, answer(report).getInt("number"), report.toString());
        assertTrue(report.getBoolean("verified"), report.toString());
        assertProgressFromZeroToOne(report);
    }

    @Test
    void aV1Challenge_outsideTheWorkersShare_endsWithAnError() {
        JsonObject inShare = run("v1", "20000", "777", "1", "2");
        JsonObject outOfShare = run("v1", "20000", "777", "0", "2");

        assertEquals(777, answer(inShare).getInt("number"), inShare.toString());
        assertTrue(answer(outOfShare).getString("error").startsWith("No solution"), outOfShare.toString());
    }
}
