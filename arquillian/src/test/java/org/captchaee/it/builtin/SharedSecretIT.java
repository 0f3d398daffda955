package org.captchaee.it.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.AnswersResource;
import org.captchaee.it.app.CheckoutResource;
import org.captchaee.it.app.KnownAnswers;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.ImageCaptchas;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two deployments that share {@code captcha.secret} are like two nodes of a cluster without sticky sessions: a captcha
 * solved on one passes on the other. A third with another secret refuses it.
 */
@ExtendWith(ArquillianExtension.class)
class SharedSecretIT {

    private static final String SECRET = "shared-secret-of-the-test-cluster-0123456789";

    @ArquillianResource
    @OperateOnDeployment("node-a")
    private URL nodeA;

    @ArquillianResource
    @OperateOnDeployment("node-b")
    private URL nodeB;

    @ArquillianResource
    @OperateOnDeployment("stranger")
    private URL stranger;

    @Deployment(name = "node-a", testable = false)
    static WebArchive nodeA() {
        return node("node-a", SECRET);
    }

    @Deployment(name = "node-b", testable = false)
    static WebArchive nodeB() {
        return node("node-b", SECRET);
    }

    @Deployment(name = "stranger", testable = false)
    static WebArchive stranger() {
        return node("stranger", "another-secret-that-nobody-else-has-0123456789");
    }

    private static WebArchive node(String name, String secret) {
        return Deployments.war(name)
                .withClasses(CheckoutResource.class, KnownAnswers.class, AnswersResource.class)
                .withConfig(ConfigKeys.VERIFIER, "image")
                .withConfig(ConfigKeys.SECRET, secret)
                .build();
    }

    @Test
    void aCaptchaSolvedOnOneNode_passesOnTheOther_butNotWithAnotherSecret() {
        try (Http a = new Http(nodeA);
                Http b = new Http(nodeB);
                Http other = new Http(stranger)) {
            String captchaToken = new ImageCaptchas(a, "captcha").solve();
            Http.post(other.request("checkout").header("X-Captcha-Token", captchaToken))
                    .assertProblem(403, "captcha_invalid", 4002, "image");
            Answer onB = Http.post(b.request("checkout").header("X-Captcha-Token", captchaToken));
            assertEquals(200, onB.status(), onB.body());
        }
    }

    @Test
    void aChallengeMadeOnOneNode_canBeAnsweredOnTheOther() {
        try (Http a = new Http(nodeA);
                Http b = new Http(nodeB)) {
            ImageCaptchas onA = new ImageCaptchas(a, "captcha");
            String token = onA.challenge().getString("token");
            Answer answer = new ImageCaptchas(b, "captcha").verify(token, onA.lastAnswer());
            assertEquals(200, answer.status(), answer.body());
        }
    }
}
