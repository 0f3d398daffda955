package org.captchaee.impl.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.captchaee.impl.node.NodeScript;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The retry rules of the browser helper's fetch wrapper ({@code captchaFetch}), checked without a browser: the Node.js
 * unit tests of {@code retry-rules.test.mjs} (node:test, a fake {@code fetch()} playing the server) run by the harness
 * {@code node-tests.mjs} on the helper as the impl jar serves it, each reported here as a test of its own. They pin at
 * most 4 requests per call, each verifier asked once, one more captcha after {@code captcha_invalid}, and outage and
 * client answers handed back at once.
 */
class BrowserRetryRulesTest {

    private static final String TESTS = "retry-rules.test.mjs";

    @TestFactory
    Stream<DynamicTest> retryRules() {
        String line = NodeScript.of("node-tests.mjs", Duration.ofSeconds(60))
                .run("", HelperFiles.directory().toString(), TESTS);
        JsonObject report = Json.createReader(new StringReader(line)).readObject();
        String stderr = report.getString("stderr");
        List<JsonObject> tests = report.getJsonArray("tests").getValuesAs(JsonObject.class);
        assertFalse(tests.isEmpty(), TESTS + " ran no test; stderr:\n" + stderr);
        return tests.stream()
                .map(test -> DynamicTest.dynamicTest(
                        test.getString("name"),
                        () -> assertTrue(
                                test.getBoolean("ok"),
                                () -> test.getString("name") + ": " + test.getString("error", "")
                                        + (stderr.isEmpty() ? "" : "\n" + stderr))));
    }
}
