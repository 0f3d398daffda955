package org.captchaee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.it.support.Browser;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.TencentDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Tencent's script cannot load in the browser (the network is closed, the seeds' case): the helper sends the disaster
 * ticket {@code trerror_1001_<appId>_<unix seconds>} and carries on. With Tencent healthy the server asks for the
 * fallback image captcha and the page shows it; with the Tencent stub down the call passes degraded.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTencentIT extends DeployedAppIT {

    private static final TencentStub STUB = TencentStub.start();
    private static final Pattern DISASTER = Pattern.compile("trerror_1001_" + TencentStub.APP_ID + "_(\\d+)");
    private static final String PAGE = "browser.html?tencentAppId=" + TencentStub.APP_ID + "&endpoint=policy/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TencentDeployments.withImageFallback("browser-tencent", STUB)
                .withWebResources("browser/browser.html", "browser/browser-page.js")
                .build();
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Test
    @Order(1)
    void tencentHealthy_theDisasterTicketIsAnsweredWithTheFallbackImageCaptcha_whichThePageShows() {
        JsonObject report = Browser.run("call", http, PAGE + "fallback");

        assertScriptWasBlocked(report);
        assertEquals("200", report.getString("status"), report.toString());
        assertEquals(1, report.getInt("dialogs"), "the image dialog");
        List<JsonObject> calls = Browser.calls(report, "/api/policy/fallback");
        assertEquals(
                List.of(403, 403, 200),
                calls.stream().map(c -> c.getInt("status")).toList());
        assertDisasterTicket(calls.get(1).getJsonObject("captcha"));
        assertTrue(calls.get(2)
                .getJsonObject("captcha")
                .getString("x-captcha-token")
                .startsWith("p1."));
        JsonObject event = http.events().getJsonObject("last");
        assertEquals("image", event.getString("verifier"));
        assertFalse(event.getBoolean("degraded"));
    }

    @Test
    @Order(2)
    void tencentDown_theDisasterTicketPassesDegraded() {
        STUB.closePort();
        try {
            // the verifier sees Tencent fail once, as any page's real ticket would make it see
            assertEquals(
                    200,
                    Http.post(http.request("policy/allow")
                                    .header("X-Captcha-Ticket", "tr03seen")
                                    .header("X-Captcha-Randstr", "@a"))
                            .status());

            JsonObject report = Browser.run("call", http, PAGE + "allow");

            assertScriptWasBlocked(report);
            assertEquals("200", report.getString("status"), report.toString());
            assertEquals(0, report.getInt("dialogs"));
            List<JsonObject> calls = Browser.calls(report, "/api/policy/allow");
            assertEquals(
                    List.of(403, 200),
                    calls.stream().map(c -> c.getInt("status")).toList());
            assertDisasterTicket(calls.get(1).getJsonObject("captcha"));
            JsonObject event = http.events().getJsonObject("last");
            assertEquals("tencent", event.getString("verifier"));
            assertTrue(event.getBoolean("degraded"));
        } finally {
            STUB.reopen();
        }
    }

    private static void assertScriptWasBlocked(JsonObject report) {
        assertTrue(
                report.getJsonArray("blocked").getValuesAs(JsonString.class).stream()
                        .anyMatch(url -> url.getString().startsWith("https://turing.captcha.qcloud.com/")),
                "the page tried Tencent's script: " + report);
    }

    private static void assertDisasterTicket(JsonObject captcha) {
        Matcher ticket = DISASTER.matcher(captcha.getString("x-captcha-ticket"));
        assertTrue(ticket.matches(), captcha.toString());
        long age = System.currentTimeMillis() / 1000 - Long.parseLong(ticket.group(1));
        assertTrue(age >= 0 && age < 120, "unix seconds of now: " + captcha);
        assertTrue(captcha.getString("x-captcha-randstr").matches("@[0-9a-z]+"), captcha.toString());
    }
}
