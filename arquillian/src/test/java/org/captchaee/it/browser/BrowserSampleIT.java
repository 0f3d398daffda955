package org.captchaee.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.captchaee.it.support.Browser;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The sample's page in headless Chromium: the adaptive login (the captcha after five failures), completed with the
 * keyboard only, and the SMS endpoint (the captcha beyond three codes). Writes the README's screenshot to
 * {@code target/browser/sample-page.png}.
 */
class BrowserSampleIT extends DeployedAppIT {

    private static final String WRONG = "401 Wrong username or password.";

    @Deployment(testable = false)
    static WebArchive sample() {
        return Deployments.sampleWithKnownAnswers();
    }

    @Test
    void loginAfterFiveFailures_showsTheImageDialog_completedWithTheKeyboardOnly() throws IOException {
        JsonObject report = Browser.run("sample-login", http, "");

        List<String> outputs = strings(report, "outputs");
        List<String> expected = new ArrayList<>(Collections.nCopies(4, WRONG));
        expected.addAll(List.of("dialog", WRONG, "dialog", "Welcome, alice!"));
        assertEquals(expected, outputs, report.toString());
        JsonObject keys = report.getJsonObject("keys");
        assertEquals("cee-answer", keys.getString("afterOpen"), "the dialog opens with the focus in its text field");
        assertEquals("Are you human?", keys.getString("dialogTitle"), "the dialog is labelled by its title");
        assertEquals("polite", keys.getString("liveRegion"));
        assertEquals("That was not right. Here is a new picture.", keys.getString("afterWrong"));
        assertEquals("cee-answer", keys.getString("focusAfterWrong"));
        assertEquals("cee-refresh", keys.getString("afterShiftTab"), "Shift+Tab reaches the refresh button");
        assertEquals("New picture loaded.", keys.getString("afterRefresh"));
        assertEquals("cee-answer", keys.getString("focusAfterRefresh"));
        assertTrue(Files.size(Path.of(report.getString("screenshot"))) > 10_000, "the screenshot was written");
    }

    @Test
    void smsCodes_theFourthShowsTheImageDialog_andIsSentAfterIt() {
        JsonObject report = Browser.run("sample-sms", http, "");

        String sent = "A code was sent (not really: this is a sample).";
        assertEquals(List.of(sent, sent, sent, "dialog", sent), strings(report, "outputs"), report.toString());
        List<JsonObject> calls = Browser.calls(report, "/api/sms-code");
        assertEquals(
                List.of(202, 202, 202, 403, 202),
                calls.stream().map(c -> c.getInt("status")).toList());
    }

    private static List<String> strings(JsonObject report, String key) {
        return report.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
