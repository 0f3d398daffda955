package org.captchaee.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.CheckoutResource;
import org.captchaee.it.app.StrictPolicyFilter;

/**
 * The test page of the official ALTCHA widget ({@code altcha} from npm, as the build installed it for the browser
 * harness): {@code widget.html} with its {@code altcha/external} build, CSS and worker files served as files of the
 * WAR under {@link StrictPolicyFilter}'s policy, the widget's {@code challenge} attribute at {@code api/captcha/pow},
 * and {@code api/checkout} protected by the default verifier.
 */
public final class AltchaWidgetPage {

    /** The widget's files in its npm package's {@code dist} folder, by their path in the WAR. */
    private static final Map<String, String> WIDGET_FILES = Map.of(
            "altcha/altcha.js", "external/altcha.js",
            "altcha/altcha.css", "external/altcha.css",
            "altcha/workers/pbkdf2.js", "workers/pbkdf2.js",
            "altcha/workers/sha.js", "workers/sha.js");

    /** What Chromium logs as an error for the 403 of the second call; the only console error the page may have. */
    private static final String REFUSED_CALL =
            "Failed to load resource: the server responded with a status of 403 (Forbidden)";

    private AltchaWidgetPage() {}

    /**
     * Starts a WAR with the page, the widget's files and the protected endpoint, with {@code captcha.verifier=pow}.
     *
     * @param name the WAR's name
     * @return the builder, for more configuration
     */
    public static Deployments war(String name) {
        Deployments war = Deployments.war(name)
                .withClasses(CheckoutResource.class, StrictPolicyFilter.class)
                .withWebResources("altcha/widget.html", "altcha/widget-page.js")
                .withConfig(ConfigKeys.VERIFIER, "pow");
        WIDGET_FILES.forEach((target, file) -> war.withWebFile(widgetDist().resolve(file), target));
        return war;
    }

    /**
     * Lets the widget solve a challenge of the deployment in Chromium; the page then calls {@code api/checkout} twice
     * with the widget's payload as {@code X-Captcha-Token}. Fails the test when the widget ended in its error state.
     *
     * @param http the client of the deployment
     * @return the report: {@code statuses} and {@code errors} of the two calls (space-separated), {@code payload},
     *     {@code violations} (of the CSP), and what {@link Browser#run} reports
     */
    public static JsonObject solveAndCallTwice(Http http) {
        JsonObject report = Browser.run("altcha-widget", http, "widget.html?endpoint=checkout");
        if (report.containsKey("state")) {
            fail("the widget ended in its " + report.getString("state") + " state: " + report);
        }
        return report;
    }

    /**
     * Asserts that the widget's payload passed once and was then refused as replayed, without a CSP violation or an
     * unexpected console error.
     *
     * @param report what {@link #solveAndCallTwice(Http)} reported
     * @param http the deployment's client, whose events tell the reason of the refusal
     */
    public static void assertPassedOnceThenRefusedAsReplayed(JsonObject report, Http http) {
        assertEquals("200 403", report.getString("statuses"), report.toString());
        assertEquals(" captcha_invalid", report.getString("errors"), report.toString());
        assertEquals("replayed", http.events().getJsonObject("last").getString("reason"));
        assertNoViolationNorError(report);
    }

    /**
     * Asserts that the page ran under its policy without a violation, and without a console error but Chromium's line
     * about the refused second call.
     *
     * @param report the report of {@link #solveAndCallTwice}
     */
    public static void assertNoViolationNorError(JsonObject report) {
        assertEquals(List.of(), report.getJsonArray("violations"), "no CSP violation: " + report);
        assertEquals(
                List.of(Json.createValue(REFUSED_CALL)),
                report.getJsonArray("consoleErrors"),
                "no console error but Chromium's line about the refused second call: " + report);
    }

    /**
     * Decodes the widget's payload.
     *
     * @param report the report of {@link #solveAndCallTwice}
     * @return the JSON the payload's base64 holds
     */
    public static JsonObject payload(JsonObject report) {
        byte[] json = Base64.getDecoder().decode(report.getString("payload"));
        return Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))
                .readObject();
    }

    private static Path widgetDist() {
        String work = System.getProperty("captchaee.node.work");
        if (work == null) {
            return fail("system property captchaee.node.work is not set: run the tests with Maven");
        }
        Path dist = Path.of(work, "node_modules", "altcha", "dist");
        if (!Files.isDirectory(dist)) {
            return fail(dist + " is missing: the build installs the widget with npm ci in the browser harness");
        }
        return dist;
    }
}
