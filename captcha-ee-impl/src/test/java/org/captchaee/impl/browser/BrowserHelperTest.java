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
import jakarta.json.JsonValue;

import org.captchaee.impl.node.NodeScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fetch wrapper of the browser helper ({@code captcha-ee.js}, as the impl jar serves it) in Node.js, against a stub
 * server (the harness {@code browser-helper.mjs}): a problem body from the server never makes the helper call a
 * function it did not register, and a solved captcha goes back only to the endpoint (method and URL) that asked for it.
 */
class BrowserHelperTest {

    private static final String HELPER = "/META-INF/resources/captcha-ee/captcha-ee.js";
    private static final String ENDPOINT_A = "http://app.test/api/a";

    private static JsonObject run(String... scenario) {
        URL helper = BrowserHelperTest.class.getResource(HELPER);
        assertNotNull(helper, HELPER + " is on the class path");
        List<String> args = new ArrayList<>();
        try {
            args.add(Path.of(helper.toURI()).toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        args.addAll(List.of(scenario));
        String line =
                NodeScript.of("browser-helper.mjs", Duration.ofSeconds(30)).run("", args.toArray(String[]::new));
        return Json.createReader(new StringReader(line)).readObject();
    }

    private static List<JsonObject> requests(JsonObject report) {
        return report.getJsonArray("requests").getValuesAs(JsonObject.class);
    }

    private static String token(JsonObject request) {
        return request.isNull("token") ? null : request.getString("token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"})
    void aVerifierNameInheritedFromObject_callsNothing_andRejectsAsUnsupported(String name) {
        JsonObject report = run("verifier", name);

        assertEquals(1, requests(report).size(), "no second request, nothing from the problem sent: " + report);
        JsonObject error = report.getJsonArray("outcomes").getJsonObject(0).getJsonObject("error");
        assertNotNull(error, "captchaFetch rejects: " + report);
        assertEquals("CaptchaError", error.getString("name"), report.toString());
        assertEquals("unsupported", error.getString("code"), report.toString());
        assertTrue(error.getString("message").contains("'" + name + "'"), "the message names the verifier: " + error);
    }

    @Test
    void aKeptToken_goesOnlyToItsOwnEndpoint_sameMethodAndUrl_andIsReusedThere() {
        JsonObject report = run("kept-token");

        List<JsonObject> requests = requests(report);
        assertEquals("token-1", token(requests.get(1)), "the first flow's retry carried token-1 and never arrived");
        for (JsonObject request : requests) {
            boolean ownEndpoint = request.getString("method").equals("POST")
                    && request.getString("url").equals(ENDPOINT_A);
            assertTrue(ownEndpoint || !"token-1".equals(token(request)), "token-1 sent elsewhere: " + request);
        }
        JsonObject last = requests.get(requests.size() - 1);
        assertEquals(ENDPOINT_A, last.getString("url"));
        assertEquals("token-1", token(last), "its own endpoint reuses the token solved but never sent: " + report);
        assertEquals(12, requests.size(), "each call: once without, once with a captcha: " + report);
        assertEquals(5, report.getInt("solves"), "a new captcha for each other endpoint, none for the last call");
        List<JsonValue> outcomes = report.getJsonArray("outcomes");
        assertEquals(Json.createObjectBuilder().add("status", 200).build(), outcomes.get(outcomes.size() - 1));
    }

    @Test
    void aProblemFromAnotherOrigin_isNotSolved_andIsHandedBackAsItCame() {
        JsonObject report = run("redirected");

        assertEquals(1, requests(report).size(), report.toString());
        assertEquals(0, report.getInt("solves"), report.toString());
        assertEquals(403, report.getJsonArray("outcomes").getJsonObject(0).getInt("status"));
    }
}
