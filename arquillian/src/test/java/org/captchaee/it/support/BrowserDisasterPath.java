package org.captchaee.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.stub.StubServer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A provider's script cannot load in the browser (the network is closed, the seeds' case): the helper sends the
 * provider's disaster token and carries on. With the provider healthy the server asks for the fallback image captcha and
 * the page shows it; with the provider's stub down the call passes degraded. A subclass deploys a WAR with its verifier
 * as the default, {@code image} as the fallback, and the browser test page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class BrowserDisasterPath extends DeployedAppIT {

    /**
     * The provider's stub.
     *
     * @return the stub the deployment calls
     */
    protected abstract StubServer stub();

    /**
     * The test page with the query that configures the helper for the provider, ending with {@code endpoint=policy/}.
     *
     * @return the page's path and query
     */
    protected abstract String page();

    /**
     * Where the provider's script comes from.
     *
     * @return the start of its URL
     */
    protected abstract String scriptUrl();

    /**
     * The verifier's name.
     *
     * @return for example {@code tencent}
     */
    protected abstract String verifier();

    /**
     * A call carrying a real-looking captcha of the provider, which makes the verifier see the provider fail.
     *
     * @param request a request to a protected endpoint
     * @return the request with the captcha headers
     */
    protected abstract Invocation.Builder withCaptcha(Invocation.Builder request);

    /**
     * The header that carries the disaster token.
     *
     * @return its lower-case name
     */
    protected abstract String tokenHeader();

    /**
     * The disaster token, whose first group is its unix seconds.
     *
     * @return the pattern
     */
    protected abstract Pattern disasterToken();

    @Test
    @Order(1)
    void providerHealthy_theDisasterTokenIsAnsweredWithTheFallbackImageCaptcha_whichThePageShows() {
        JsonObject report = Browser.run("call", http, page() + "fallback");

        assertScriptWasBlocked(report);
        assertEquals("200", report.getString("status"), report.toString());
        assertEquals(1, report.getInt("dialogs"), "the image dialog");
        List<JsonObject> calls = Browser.calls(report, "/api/policy/fallback");
        assertEquals(
                List.of(403, 403, 200),
                calls.stream().map(c -> c.getInt("status")).toList());
        assertDisasterToken(calls.get(1).getJsonObject("captcha"));
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
    void providerDown_theDisasterTokenPassesDegraded() {
        stub().closePort();
        try {
            // the verifier sees the provider fail once, as any page's real token would make it see
            assertEquals(
                    200, Http.post(withCaptcha(http.request("policy/allow"))).status());

            JsonObject report = Browser.run("call", http, page() + "allow");

            assertScriptWasBlocked(report);
            assertEquals("200", report.getString("status"), report.toString());
            assertEquals(0, report.getInt("dialogs"));
            List<JsonObject> calls = Browser.calls(report, "/api/policy/allow");
            assertEquals(
                    List.of(403, 200),
                    calls.stream().map(c -> c.getInt("status")).toList());
            assertDisasterToken(calls.get(1).getJsonObject("captcha"));
            JsonObject event = http.events().getJsonObject("last");
            assertEquals(verifier(), event.getString("verifier"));
            assertTrue(event.getBoolean("degraded"));
        } finally {
            stub().reopen();
        }
    }

    private void assertScriptWasBlocked(JsonObject report) {
        assertTrue(
                report.getJsonArray("blocked").getValuesAs(JsonString.class).stream()
                        .anyMatch(url -> url.getString().startsWith(scriptUrl())),
                "the page tried the provider's script: " + report);
    }

    private void assertDisasterToken(JsonObject captcha) {
        Matcher token = disasterToken().matcher(captcha.getString(tokenHeader()));
        assertTrue(token.matches(), captcha.toString());
        long age = System.currentTimeMillis() / 1000 - Long.parseLong(token.group(1));
        assertTrue(age >= 0 && age < 120, "unix seconds of now: " + captcha);
        assertOtherHeaders(captcha);
    }

    /**
     * Checks the other headers sent with the disaster token; none by default.
     *
     * @param captcha the captcha headers of the call, by lower-case name
     */
    protected void assertOtherHeaders(JsonObject captcha) {
        // the token alone
    }
}
