package org.captchaee.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.captchaee.impl.node.NodeScript;

/**
 * Runs a scenario of {@code src/test/node/browser-flows.mjs}: Debian's Chromium, driven by playwright-core, on a page of
 * the deployment under test. The page learns image answers only from the test WAR's {@code api/test-answers/last}.
 */
public final class Browser {

    private static final Duration TIMEOUT = Duration.ofSeconds(150);

    private Browser() {}

    /**
     * Runs one scenario and returns its report; fails the test when the scenario failed in the browser.
     *
     * @param scenario {@code call}, {@code call-first-captcha-lost}, {@code sample-login} or {@code sample-sms}
     * @param http the client of the deployment
     * @param page the page's path under the deployment, with its query
     * @return the report: {@code trace} (the page's API calls: path, status, captcha headers), {@code blocked} (the
     *     third-party URLs the closed network refused), {@code consoleErrors}, {@code helper} (see {@link
     *     #helperFiles}), and what the scenario adds
     */
    public static JsonObject run(String scenario, Http http, String page) {
        URI root = http.uri("../");
        String out = System.getProperty("captchaee.browser.out", "target/browser");
        try {
            Files.createDirectories(Path.of(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String line = NodeScript.of("browser-flows.mjs", "playwright-core", TIMEOUT)
                .run(
                        "",
                        scenario,
                        root.resolve(page).toString(),
                        http.uri("test-answers/last").toString(),
                        out);
        JsonObject report = Json.createReader(new StringReader(line)).readObject();
        if (report.containsKey("failure")) {
            fail(scenario + " failed in the browser: " + report.getString("failure") + "\nreport: " + report);
        }
        List<String> refused = report.getJsonArray("consoleErrors").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .filter(error -> error.contains("Content Security Policy") || error.contains("Uncaught"))
                .toList();
        assertEquals(List.of(), refused, "the page runs under its strict CSP without errors");
        return report;
    }

    /**
     * The files of the browser helper that the page fetched.
     *
     * @param report a scenario's report
     * @return their paths under {@code captcha-ee/}, such as {@code captcha-ee.js} or {@code solvers/image.js}, in the
     *     order of their first request
     */
    public static List<String> helperFiles(JsonObject report) {
        return report.getJsonArray("helper").getValuesAs(JsonString::getString);
    }

    /**
     * The page's calls of one API path.
     *
     * @param report a scenario's report
     * @param pathEnd how the path ends, such as {@code /api/browser/pow}
     * @return the calls in order: {@code status} and {@code captcha} (the {@code x-captcha-*} headers sent)
     */
    public static List<JsonObject> calls(JsonObject report, String pathEnd) {
        return report.getJsonArray("trace").getValuesAs(JsonObject.class).stream()
                .filter(call -> call.getString("path").endsWith(pathEnd))
                .toList();
    }
}
