package org.captchaee.it.builtin;

import static org.captchaee.it.support.PowChallenges.solveV2;
import static org.captchaee.it.support.PowChallenges.v2Payload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

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
 * The built-in proof-of-work captcha in ALTCHA v2, the default protocol, over HTTP: the test solves the challenge
 * itself (rounds of SHA-256, cost 10, as configured here), as the widget 3.x would.
 */
class PowCaptchaV2IT extends DeployedAppIT {

    private static final String TOKEN = "X-Captcha-Token";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("pow-v2")
                .withClasses(CheckoutResource.class)
                .withConfig(ConfigKeys.VERIFIER, "pow")
                .withConfig(ConfigKeys.POW_ALGORITHM, "SHA-256")
                .withConfig(ConfigKeys.POW_COST, "10")
                .withConfig(ConfigKeys.POW_KEY_PREFIX, "00")
                .build();
    }

    @Test
    void challenge_hasTheAltchaV2Shape_withTheConfiguredParametersAndAnExpiry() {
        JsonObject challenge = challenge();
        JsonObject parameters = challenge.getJsonObject("parameters");
        assertEquals(
                List.of("algorithm", "cost", "expiresAt", "keyLength", "keyPrefix", "nonce", "salt"),
                List.copyOf(parameters.keySet()));
        assertEquals("SHA-256", parameters.getString("algorithm"));
        assertEquals(10, parameters.getInt("cost"));
        assertEquals(32, parameters.getInt("keyLength"));
        assertEquals("00", parameters.getString("keyPrefix"));
        long inFiveMinutes = System.currentTimeMillis() / 1000 + 300;
        long expiresAt = parameters.getJsonNumber("expiresAt").longValue();
        assertTrue(expiresAt > inFiveMinutes - 30 && expiresAt <= inFiveMinutes + 1, "expires in 5 minutes");
        assertTrue(parameters.getString("nonce").matches("[0-9a-f]{32}"));
        assertTrue(challenge.getString("signature").matches("[0-9a-f]{64}"));
    }

    @Test
    void solvedChallenge_passesOnce_evenWhenThePayloadIsReEncoded() {
        JsonObject challenge = challenge();
        JsonObject solution = solveV2(challenge.getJsonObject("parameters"));
        Answer first = Http.post(http.request("checkout").header(TOKEN, v2Payload(challenge, solution, 812.4)));
        assertEquals(200, first.status(), first.body());

        Http.post(http.request("checkout").header(TOKEN, v2Payload(challenge, solution, 812.4)))
                .assertProblem(403, "captcha_invalid", 4002, "pow");
        Http.post(http.request("checkout").header(TOKEN, v2Payload(challenge, solution, 5)))
                .assertProblem(403, "captcha_invalid", 4002, "pow");
        assertEquals("replayed", http.events().getJsonObject("last").getString("reason"));
    }

    @Test
    void aTamperedCost_aKeyWithoutThePrefix_orAnotherCounter_isInvalid() {
        JsonObject challenge = challenge();
        JsonObject parameters = challenge.getJsonObject("parameters");
        JsonObject solution = solveV2(parameters);

        JsonObject cheaper = Json.createObjectBuilder(challenge)
                .add("parameters", Json.createObjectBuilder(parameters).add("cost", 1))
                .build();
        Http.post(http.request("checkout")
                        .header(TOKEN, v2Payload(cheaper, solveV2(cheaper.getJsonObject("parameters")), 1)))
                .assertProblem(403, "captcha_invalid", 4002, "pow");
        JsonObject anotherCounter = Json.createObjectBuilder(solution)
                .add("counter", solution.getInt("counter") + 1)
                .build();
        Http.post(http.request("checkout").header(TOKEN, v2Payload(challenge, anotherCounter, 1)))
                .assertProblem(403, "captcha_invalid", 4002, "pow");

        Answer stillGood = Http.post(http.request("checkout").header(TOKEN, v2Payload(challenge, solution, 1)));
        assertEquals(200, stillGood.status(), "refused attempts spend nothing: " + stillGood.body());
    }

    @Test
    void anExpiredLookingOrTestModePayload_isRefused_neverPassed() {
        String testMode = Base64.getEncoder()
                .encodeToString(
                        "{\"challenge\":null,\"solution\":null,\"test\":true}".getBytes(StandardCharsets.UTF_8));
        Http.post(http.request("checkout").header(TOKEN, testMode))
                .assertProblem(400, "captcha_malformed", 4003, "pow");

        JsonObject challenge = challenge();
        JsonObject parameters = challenge.getJsonObject("parameters");
        JsonObject expired = Json.createObjectBuilder(challenge)
                .add("parameters", Json.createObjectBuilder(parameters).add("expiresAt", 1_000_000_000L))
                .build();
        Http.post(http.request("checkout").header(TOKEN, v2Payload(expired, solveV2(parameters), 1)))
                .assertProblem(403, "captcha_invalid", 4002, "pow");
    }

    private JsonObject challenge() {
        return new PowChallenges(http, "captcha/pow").challenge();
    }
}
