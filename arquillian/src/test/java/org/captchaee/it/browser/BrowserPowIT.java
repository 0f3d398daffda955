package org.captchaee.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.AnswersResource;
import org.captchaee.it.app.KnownAnswers;
import org.captchaee.it.app.StrictTestVerifier;
import org.captchaee.it.support.Browser;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The browser helper ({@code captcha-ee/captcha-ee.js}) solves the built-in {@code pow} verifier's ALTCHA v2 challenge
 * with the default settings in headless Chromium, in its Web Workers, on the test page under a strict
 * Content-Security-Policy; the call passes once with the v2 payload. {@link BrowserIT} covers the v1 protocol.
 */
class BrowserPowIT extends DeployedAppIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("browser-pow")
                .withClasses(BrowserResource.class, KnownAnswers.class, AnswersResource.class, StrictTestVerifier.class)
                .withWebResources("browser/browser.html", "browser/browser-page.js")
                .withConfig(ConfigKeys.VERIFIER, "image")
                .build();
    }

    @Test
    void proofOfWorkV2_isSolvedByThePageInWorkers_andTheCallPassesOnce() {
        JsonObject report = Browser.run("call", http, "browser.html?endpoint=browser/pow");

        assertEquals("200", report.getString("status"), report.toString());
        List<JsonObject> calls = Browser.calls(report, "/api/browser/pow");
        assertEquals(
                List.of(403, 200), calls.stream().map(c -> c.getInt("status")).toList(), report.toString());
        String token = calls.get(1).getJsonObject("captcha").getString("x-captcha-token");
        JsonObject payload = decode(token);
        JsonObject parameters = payload.getJsonObject("challenge").getJsonObject("parameters");
        JsonObject solution = payload.getJsonObject("solution");
        assertEquals("PBKDF2/SHA-256", parameters.getString("algorithm"), payload.toString());
        assertTrue(solution.getJsonNumber("counter").longValueExact() >= 0, payload.toString());
        assertTrue(solution.getString("derivedKey").startsWith(parameters.getString("keyPrefix")), payload.toString());
        List<JsonNumber> progress = report.getJsonArray("progress").getValuesAs(JsonNumber.class);
        assertEquals(1.0, progress.get(progress.size() - 1).doubleValue(), "progress ends at 100 %: " + progress);
        assertEquals(0, report.getInt("dialogs"), "proof of work needs no user");
        assertTrue(report.getJsonArray("violations").isEmpty(), "no CSP violation: " + report);
        JsonObject event = http.events().getJsonObject("last");
        assertEquals("pow", event.getString("verifier"));
        assertEquals("PASSED", event.getString("outcome"));
        Http.post(http.request("browser/pow").header("X-Captcha-Token", token))
                .assertProblem(403, "captcha_invalid", 4002, "pow");
        System.out.printf(
                "Chromium solved %s cost %d key prefix %s: counter %d in %s ms%n",
                parameters.getString("algorithm"),
                parameters.getInt("cost"),
                parameters.getString("keyPrefix"),
                solution.getJsonNumber("counter").longValueExact(),
                solution.getJsonNumber("time"));
    }

    private static JsonObject decode(String token) {
        String json = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(json)).readObject();
    }
}
