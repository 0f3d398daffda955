package org.captchaee.it.builtin;

import static org.captchaee.it.support.PowChallenges.payload;
import static org.captchaee.it.support.PowChallenges.solve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.CheckoutResource;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.PowChallenges;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The built-in proof-of-work captcha in ALTCHA v1 ({@code captcha.pow.protocol=v1}) over HTTP, at a configured
 * endpoint path: the test solves the ALTCHA challenge itself, by its own brute force, as a widget 2.x would.
 * {@link PowCaptchaV2IT} covers v2, the default.
 */
class PowCaptchaIT extends DeployedAppIT {

    private static final String TOKEN = "X-Captcha-Token";
    private static final String CHALLENGE_PATH = "auth/human/pow";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("pow")
                .withClasses(CheckoutResource.class)
                .withConfig(ConfigKeys.VERIFIER, "pow")
                .withConfig(ConfigKeys.POW_PROTOCOL, "v1")
                .withConfig(ConfigKeys.POW_MAX_NUMBER, "20000")
                .withConfig(ConfigKeys.ENDPOINTS_PATH, "/auth/human/")
                .build();
    }

    @Test
    void challenge_hasTheAltchaV1Shape_withExpiryAndClosingAmpersandInTheSalt() {
        JsonObject challenge = challenge();
        assertEquals("SHA-256", challenge.getString("algorithm"));
        assertEquals(20000, challenge.getJsonNumber("maxnumber").longValue());
        assertTrue(challenge.getString("challenge").matches("[0-9a-f]{64}"));
        assertTrue(challenge.getString("signature").matches("[0-9a-f]{64}"));
        assertTrue(challenge.getString("salt").matches("[0-9a-f]+\\?expires=\\d+&"), challenge.getString("salt"));
    }

    @Test
    void solvedChallenge_passesOnce_evenWhenThePayloadIsReEncoded() {
        JsonObject challenge = challenge();
        long number = solve(challenge);
        String payload = payload(challenge, number, 420);
        Answer first = Http.post(http.request("checkout").header(TOKEN, payload));
        assertEquals(200, first.status(), first.body());

        Http.post(http.request("checkout").header(TOKEN, payload)).assertProblem(403, "captcha_invalid", 4002, "pow");
        String reEncoded = payload(challenge, number, 99);
        Http.post(http.request("checkout").header(TOKEN, reEncoded)).assertProblem(403, "captcha_invalid", 4002, "pow");
        assertEquals("replayed", http.events().getJsonObject("last").getString("reason"));
    }

    @Test
    void wrongNumberOrTamperedSalt_isInvalid() {
        JsonObject challenge = challenge();
        long number = solve(challenge);
        Http.post(http.request("checkout").header(TOKEN, payload(challenge, number + 1, 1)))
                .assertProblem(403, "captcha_invalid", 4002, "pow");

        String later = challenge.getString("salt").replaceFirst("expires=(\\d+)", "expires=9$1");
        JsonObject tampered =
                Json.createObjectBuilder(challenge).add("salt", later).build();
        Http.post(http.request("checkout").header(TOKEN, payload(tampered, number, 1)))
                .assertProblem(403, "captcha_invalid", 4002, "pow");
    }

    @Test
    void garbageAndTestModePayloads_areRefused() {
        String testMode = Base64.getEncoder()
                .encodeToString(
                        "{\"challenge\":null,\"solution\":null,\"test\":true}".getBytes(StandardCharsets.UTF_8));
        Http.post(http.request("checkout").header(TOKEN, testMode))
                .assertProblem(400, "captcha_malformed", 4003, "pow");
        Http.post(http.request("checkout").header(TOKEN, "bm90IGpzb24="))
                .assertProblem(400, "captcha_malformed", 4003, "pow");
        JsonObject required = Http.post(http.request("checkout")).assertProblem(403, "captcha_required", 4001, "pow");
        assertEquals("/pow/api/auth/human/pow", required.getString("challenge"), "where to get a challenge");
    }

    @Test
    void theEndpointsLiveOnlyAtTheConfiguredPath() {
        assertEquals(404, Http.get(http.request("captcha/pow")).status());
        assertEquals(404, Http.post(http.request("auth/human/image")).status(), "image is not in use here");
    }

    private JsonObject challenge() {
        return new PowChallenges(http, CHALLENGE_PATH).challenge();
    }
}
