package org.captchaee.it.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.AnswersResource;
import org.captchaee.it.app.CheckoutResource;
import org.captchaee.it.app.KnownAnswers;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.ImageCaptchas;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The built-in image captcha over HTTP: challenge, answer, captcha token, protected call, and every way to fail. */
class ImageCaptchaIT extends DeployedAppIT {

    private static final String TOKEN = "X-Captcha-Token";

    private ImageCaptchas captchas;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("image")
                .withClasses(CheckoutResource.class, KnownAnswers.class, AnswersResource.class)
                .withConfig(ConfigKeys.VERIFIER, "image")
                .withConfig(ConfigKeys.IMAGE_CHALLENGE_LIFETIME, "10")
                .withConfig(ConfigKeys.IMAGE_TOKEN_LIFETIME, "10")
                .build();
    }

    @BeforeEach
    void client() {
        captchas = new ImageCaptchas(http, "captcha");
    }

    @Test
    void challenge_isASignedTokenAndA160x60PngOfAtMost8KiB() throws IOException {
        JsonObject challenge = captchas.challenge();
        assertTrue(challenge.getString("token").startsWith("c1."));
        assertEquals(10, challenge.getInt("expires_in"));
        String image = challenge.getString("image");
        assertTrue(image.startsWith("data:image/png;base64,"), image.substring(0, 30));
        byte[] png = Base64.getDecoder().decode(image.substring("data:image/png;base64,".length()));
        assertTrue(png.length <= 8 * 1024, png.length + " bytes");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(160, decoded.getWidth());
        assertEquals(60, decoded.getHeight());
        assertFalse(challenge.getString("token").contains(captchas.lastAnswer()), "the token hides the answer");
    }

    @Test
    void rightAnswer_givesACaptchaToken_thatPassesOnce() {
        String captchaToken = captchas.solve();
        Answer first = Http.post(http.request("checkout").header(TOKEN, captchaToken));
        assertEquals(200, first.status(), first.body());
        assertEquals("verified", http.events().getJsonObject("last").getString("reason"));

        Http.post(http.request("checkout").header(TOKEN, captchaToken))
                .assertProblem(403, "captcha_invalid", 4002, "image");
        assertEquals("replayed", http.events().getJsonObject("last").getString("reason"));
    }

    @Test
    void aSolvedTokenSentAgainWithExtraHeaders_neverPassesAgain_andTheHeaderIsNamed() {
        String captchaToken = captchas.solve();
        assertEquals(
                200,
                Http.post(http.request("checkout").header(TOKEN, captchaToken)).status());
        for (int n = 1; n <= 5; n++) {
            Answer again = Http.post(
                    http.request("checkout").header(TOKEN, captchaToken).header("X-Captcha-N", Integer.toString(n)));
            again.assertProblem(400, "captcha_malformed", 4003, "image");
            assertTrue(again.body().contains("X-Captcha-N"), again.body());
        }
        Http.post(http.request("checkout").header(TOKEN, captchaToken))
                .assertProblem(403, "captcha_invalid", 4002, "image");
    }

    @Test
    void answers_ignoreCaseAndSpaces() {
        JsonObject challenge = captchas.challenge();
        String typed = " "
                + String.join(
                        " ", captchas.lastAnswer().toLowerCase(Locale.ROOT).split("")) + " ";
        Answer answer = captchas.verify(challenge.getString("token"), typed);
        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void aChallengeTakesOneAnswer_aWrongOneSpendsIt() {
        JsonObject challenge = captchas.challenge();
        String right = captchas.lastAnswer();
        captchas.verify(challenge.getString("token"), "WRONG").assertProblem(403, "captcha_invalid", 4002, "image");
        captchas.verify(challenge.getString("token"), right).assertProblem(403, "captcha_invalid", 4002, "image");
    }

    @Test
    void aChallengeAnsweredRight_cannotBeAnsweredAgain() {
        JsonObject challenge = captchas.challenge();
        String right = captchas.lastAnswer();
        assertEquals(200, captchas.verify(challenge.getString("token"), right).status());
        captchas.verify(challenge.getString("token"), right).assertProblem(403, "captcha_invalid", 4002, "image");
    }

    @Test
    void refresh_replacesTheChallenge() {
        JsonObject old = captchas.challenge();
        String oldAnswer = captchas.lastAnswer();
        String body = Json.createObjectBuilder()
                .add("token", old.getString("token"))
                .build()
                .toString();
        Answer refreshed = Answer.of(http.request("captcha/image/refresh").post(Entity.json(body)));
        assertEquals(200, refreshed.status(), refreshed.body());
        String newToken = refreshed.json().getString("token");
        assertNotEquals(old.getString("token"), newToken);

        captchas.verify(old.getString("token"), oldAnswer).assertProblem(403, "captcha_invalid", 4002, "image");
        assertEquals(200, captchas.verify(newToken, captchas.lastAnswer()).status());
    }

    @Test
    void expiredChallengesAndTokens_areInvalid() throws InterruptedException {
        JsonObject challenge = captchas.challenge();
        String answer = captchas.lastAnswer();
        String captchaToken = captchas.solve();
        Thread.sleep(11_000);
        captchas.verify(challenge.getString("token"), answer).assertProblem(403, "captcha_invalid", 4002, "image");
        Http.post(http.request("checkout").header(TOKEN, captchaToken))
                .assertProblem(403, "captcha_invalid", 4002, "image");
        assertEquals("expired", http.events().getJsonObject("last").getString("reason"));
    }

    @Test
    void forgedOrForeignTokens_areInvalid() {
        String captchaToken = captchas.solve();
        String forged = captchaToken.substring(0, captchaToken.lastIndexOf('.') + 1) + "A".repeat(43);
        Http.post(http.request("checkout").header(TOKEN, forged)).assertProblem(403, "captcha_invalid", 4002, "image");
        // a challenge token is not a captcha token
        String challengeToken = captchas.challenge().getString("token");
        Http.post(http.request("checkout").header(TOKEN, challengeToken))
                .assertProblem(403, "captcha_invalid", 4002, "image");
        Http.post(http.request("checkout").header(TOKEN, "not a token"))
                .assertProblem(400, "captcha_malformed", 4003, "image");
        JsonObject required = Http.post(http.request("checkout")).assertProblem(403, "captcha_required", 4001, "image");
        assertEquals("/image/api/captcha/image", required.getString("challenge"), "where to get a challenge");
    }

    @Test
    void badBodies_areMalformed_withoutInternals() {
        for (String body : new String[] {"", "[]", "{\"token\":1}", "{\"token\":\"x\"", "{\"answer\":\"x\"}"}) {
            Answer answer = Answer.of(http.request("captcha/image/verify").post(Entity.json(body)));
            JsonObject problem = answer.assertProblem(400, "captcha_malformed", 4003, "image");
            assertFalse(problem.getString("detail").contains("Exception"), problem.toString());
        }
    }

    @Test
    void unusedOrInternalEndpoints_areNotFound() {
        assertEquals(404, Http.get(http.request("captcha/pow")).status(), "pow is not in use here");
        assertEquals(
                404, Http.post(http.request("org.captchaee.endpoints/image")).status());
    }
}
