package org.captchaee.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.AnswersResource;
import org.captchaee.it.app.KnownAnswers;
import org.captchaee.it.app.StrictTestVerifier;
import org.captchaee.it.support.Browser;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The browser helper ({@code captcha-ee/captcha-ee.js}, served from the impl jar) in headless Chromium, on a test page
 * under a strict Content-Security-Policy: proof of work in the ALTCHA v1 protocol solved by the page ({@link
 * BrowserPowIT} covers v2, the default), the image dialog end to end, one retry
 * after {@code captcha_invalid}, never a loop, no solver for a verifier name inherited from {@code Object}, and a token
 * kept after a network error sent only to its own endpoint. A built-in solver's module is fetched only when a problem
 * names its verifier.
 */
class BrowserIT extends DeployedAppIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("browser")
                .withClasses(BrowserResource.class, KnownAnswers.class, AnswersResource.class, StrictTestVerifier.class)
                .withWebResources("browser/browser.html", "browser/browser-page.js")
                .withConfig(ConfigKeys.VERIFIER, "image")
                .withConfig(ConfigKeys.POW_PROTOCOL, "v1")
                .withConfig(ConfigKeys.POW_MAX_NUMBER, "20000")
                .build();
    }

    @Test
    void proofOfWork_isSolvedByThePageInAWorker_andTheCallPasses() {
        JsonObject report = Browser.run("call", http, "browser.html?endpoint=browser/pow");

        assertEquals("200", report.getString("status"), report.toString());
        List<JsonObject> calls = Browser.calls(report, "/api/browser/pow");
        assertEquals(2, calls.size(), report.toString());
        assertEquals(403, calls.get(0).getInt("status"));
        String payload = new String(
                Base64.getDecoder().decode(calls.get(1).getJsonObject("captcha").getString("x-captcha-token")));
        assertTrue(payload.contains("\"algorithm\":\"SHA-256\"") && payload.contains("\"number\":"), payload);
        List<JsonNumber> progress = report.getJsonArray("progress").getValuesAs(JsonNumber.class);
        assertFalse(progress.isEmpty(), "the worker reports progress");
        assertEquals(1.0, progress.get(progress.size() - 1).doubleValue(), "and ends at 100 %");
        assertEquals(0, report.getInt("dialogs"), "proof of work needs no user");
        assertSolversFetched(List.of("solvers/pow.js"), report);
        JsonObject event = http.events().getJsonObject("last");
        assertEquals("pow", event.getString("verifier"));
        assertEquals("PASSED", event.getString("outcome"));
    }

    @Test
    void imageCaptcha_dialogEndToEnd_inSimplifiedChinese_thenTheCallPassesWithTheToken() {
        JsonObject report = Browser.run("call", http, "browser.html?endpoint=browser/image&lang=zh-CN");

        assertEquals("200", report.getString("status"), report.toString());
        assertEquals(1, report.getInt("dialogs"));
        assertEquals("请完成人机验证", report.getJsonArray("titles").getString(0), "the dialog speaks zh-CN");
        List<JsonObject> calls = Browser.calls(report, "/api/browser/image");
        assertEquals(2, calls.size(), report.toString());
        assertTrue(calls.get(0).getJsonObject("captcha").isEmpty(), "the first call carries no captcha");
        assertTrue(calls.get(1)
                .getJsonObject("captcha")
                .getString("x-captcha-token")
                .startsWith("p1."));
        assertEquals(1, Browser.calls(report, "/api/captcha/image/verify").size());
        assertEquals("image", http.events().getJsonObject("last").getString("verifier"));
        assertSolversFetched(List.of("solvers/image.js"), report);
    }

    @Test
    void captchaInvalid_leadsToExactlyOneRetry_neverALoop() {
        JsonObject report = Browser.run("call", http, "browser.html?endpoint=browser/test&tokens=wrong");

        assertEquals("403", report.getString("status"), report.toString());
        assertEquals("captcha_invalid", report.getString("error"));
        List<JsonObject> calls = Browser.calls(report, "/api/browser/test");
        assertEquals(3, calls.size(), "the call, the captcha, one retry with a new captcha: " + report);
        assertEquals("2", report.getString("solves"));
        assertSolversFetched(List.of(), report);
    }

    @Test
    void captchaInvalid_thenARightCaptcha_passesOnTheOneRetry() {
        JsonObject report = Browser.run("call", http, "browser.html?endpoint=browser/test&tokens=wrong,letmein");

        assertEquals("200", report.getString("status"), report.toString());
        List<JsonObject> calls = Browser.calls(report, "/api/browser/test");
        assertEquals(
                List.of(403, 403, 200),
                calls.stream().map(c -> c.getInt("status")).toList());
        assertEquals("letmein", calls.get(2).getJsonObject("captcha").getString("x-captcha-token"));
    }

    @Test
    void aProblemNamingAVerifierInheritedFromObject_callsNothing_andRejectsAsUnsupported() {
        for (String name : List.of("constructor", "__proto__")) {
            JsonObject report = Browser.run("call", http, "browser.html?endpoint=browser/problem/" + name);

            assertEquals("0", report.getString("status"), report.toString());
            assertEquals("unsupported", report.getString("error"), report.toString());
            assertEquals(
                    1, Browser.calls(report, "/api/browser/problem/" + name).size(), "no second call: " + report);
            assertSolversFetched(List.of(), report);
        }
    }

    @Test
    void aTokenKeptAfterANetworkError_isNeverSentToAnotherEndpoint_andIsReusedByItsOwn() {
        JsonObject report = Browser.run(
                "call-first-captcha-lost",
                http,
                "browser.html?endpoint=browser/test,browser/test-b,browser/test&tokens=letmein-a,letmein-b");

        JsonObject dropped = report.getJsonObject("dropped");
        assertEquals("/browser/api/browser/test", dropped.getString("path"), report.toString());
        assertEquals("letmein-a", dropped.getJsonObject("captcha").getString("x-captcha-token"));
        assertEquals("TypeError 200 200", report.getString("outcomes"), report.toString());
        List<JsonObject> other = Browser.calls(report, "/api/browser/test-b");
        assertEquals(
                List.of(403, 200), other.stream().map(c -> c.getInt("status")).toList(), report.toString());
        assertEquals("letmein-b", other.get(1).getJsonObject("captcha").getString("x-captcha-token"), "a new captcha");
        List<JsonObject> own = Browser.calls(report, "/api/browser/test");
        assertEquals(
                List.of(403, 403, 200),
                own.stream().map(c -> c.getInt("status")).toList(),
                report.toString());
        assertEquals("letmein-a", own.get(2).getJsonObject("captcha").getString("x-captcha-token"), "the kept one");
        assertEquals("2", report.getString("solves"));
    }

    /**
     * The page fetched the core of the helper, and of the built-in solvers (each loaded on first use) only these: none
     * for the test verifier the page registers itself.
     */
    private static void assertSolversFetched(List<String> solvers, JsonObject report) {
        List<String> files = Browser.helperFiles(report);
        assertTrue(files.contains("captcha-ee.js"), files.toString());
        assertEquals(
                solvers,
                files.stream().filter(file -> file.startsWith("solvers/")).toList(),
                files.toString());
    }
}
