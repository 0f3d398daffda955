package org.captchaee.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.CheckoutResource;
import org.captchaee.it.app.OneTimeCodeVerifier;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * An application verifier that declares no headers: the captcha is what it read, so a solved one sent again with headers
 * it ignores is still the same captcha, and a header it does not read is refused.
 */
class CaptchaPassesOnceIT extends DeployedAppIT {

    private static final String CODE = "X-Captcha-Code";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("passes-once")
                .withClasses(CheckoutResource.class, OneTimeCodeVerifier.class)
                .withConfig(ConfigKeys.VERIFIER, "code")
                .build();
    }

    @Test
    void aSolvedCaptchaSentAgainWithExtraHeaders_neverPassesAgain() {
        Answer first = Http.post(http.request("checkout").header(CODE, "ok-once"));
        assertEquals(200, first.status(), first.body());
        for (int n = 1; n <= 5; n++) {
            Answer again = Http.post(
                    http.request("checkout").header(CODE, "ok-once").header("X-Captcha-N", Integer.toString(n)));
            assertEquals(403, again.status(), "replay with X-Captcha-N: " + n + ": " + again.body());
        }
        assertEquals("replayed", http.events().getJsonObject("last").getString("reason"));
    }

    @Test
    void aHeaderTheVerifierDoesNotRead_isMalformed_namingItButNotItsValue() {
        Answer padded = Http.post(
                http.request("checkout").header(CODE, "ok-fresh").header("X-Captcha-Extra", "SECRET-PADDING"));
        padded.assertProblem(400, "captcha_malformed", 4003, "code");
        assertTrue(padded.body().contains("X-Captcha-Extra"), padded.body());
        assertFalse(padded.body().contains("SECRET-PADDING"), padded.body());
    }
}
