package org.captchaee.it.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.CheckoutResource;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The per-client limit on new image challenges ({@code captcha.image.max-challenges-per-minute}, default 20) and the
 * bounded bodies of the image endpoints. Each test is its own client, by a distinct address forwarded by the trusted
 * proxy on loopback.
 */
class ImageChallengeLimitIT extends DeployedAppIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("image-limit")
                .withClasses(CheckoutResource.class)
                .withConfig(ConfigKeys.VERIFIER, "image")
                .withConfig(ConfigKeys.TRUSTED_PROXIES, "127.0.0.1, ::1")
                .build();
    }

    @Test
    void twentyChallengesAMinute_thenThe21stIs429WithRetryAfter_forThatClientOnly() {
        String client = "198.51.100.50";
        for (int i = 1; i <= 20; i++) {
            Answer created = Http.post(from("captcha/image", client));
            assertEquals(200, created.status(), "challenge " + i + ": " + created.body());
        }
        Answer refused = Http.post(from("captcha/image", client));
        JsonObject problem = refused.assertProblem(429, "captcha_rate_limited", 4291, "image");
        assertEquals("60", refused.retryAfter());
        assertFalse(problem.containsKey("challenge"), problem.toString());

        assertEquals(200, Http.post(from("captcha/image", "198.51.100.51")).status(), "another client");
    }

    @Test
    void refreshes_countAsNewChallenges() {
        String client = "198.51.100.60";
        String token = Http.post(from("captcha/image", client)).json().getString("token");
        for (int i = 2; i <= 20; i++) {
            Answer refreshed = refresh(client, token);
            assertEquals(200, refreshed.status(), "challenge " + i + ": " + refreshed.body());
            token = refreshed.json().getString("token");
        }
        refresh(client, token).assertProblem(429, "captcha_rate_limited", 4291, "image");
    }

    @Test
    void aBodyOver8KiB_is413_atRefreshAndVerify() {
        String client = "198.51.100.70";
        String huge = "{\"token\":\"" + "a".repeat(8 * 1024) + "\"}";
        Answer.of(from("captcha/image/refresh", client).post(Entity.json(huge)))
                .assertProblem(413, "captcha_body_too_large", 4131, "image");
        Answer.of(from("captcha/image/verify", client).post(Entity.json(huge)))
                .assertProblem(413, "captcha_body_too_large", 4131, "image");
        Answer.of(from("captcha/image/verify", client).post(Entity.json("[]")))
                .assertProblem(400, "captcha_malformed", 4003, "image");
    }

    private Answer refresh(String client, String token) {
        return Answer.of(from("captcha/image/refresh", client).post(Entity.json("{\"token\":\"" + token + "\"}")));
    }

    private Invocation.Builder from(String path, String client) {
        return http.request(path).header("X-Forwarded-For", client);
    }
}
