package org.captchaee.it.providers.siteverify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.captchaee.impl.siteverify.stub.PublishedTestKeys;
import org.captchaee.impl.siteverify.stub.SiteverifyStub;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.ServerLogText;
import org.captchaee.it.support.SiteverifyDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The test keys the providers publish work (against the stub), and each logs a WARN at deployment. */
class SiteverifyTestKeysIT extends DeployedAppIT {

    private static final SiteverifyStub STUB = SiteverifyStub.start();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteverifyDeployments.warWithTestKeys("siteverify-test-keys", STUB)
                .withTestMode()
                .build();
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Test
    void testKeys_passTheirDummyTokens_andWarnedAtDeployment() {
        assertPasses("recaptcha", "any-token-passes-google-test-key");
        assertPasses("hcaptcha", PublishedTestKeys.HCAPTCHA_TOKEN);
        assertPasses("turnstile", PublishedTestKeys.TURNSTILE_TOKEN);
        String log = ServerLogText.read();
        for (String key : new String[] {"recaptcha", "hcaptcha", "turnstile"}) {
            assertTrue(log.contains("CAPTCHA-W110 captcha." + key + ".secret"), "no test-key warning for " + key);
        }
    }

    private void assertPasses(String verifier, String token) {
        Answer answer = Http.post(http.request(verifier + "/deny").header("X-Captcha-Token", token));
        assertEquals(200, answer.status(), verifier + ": " + answer.body());
        assertEquals(verifier, http.events().getJsonObject("last").getString("verifier"));
    }
}
