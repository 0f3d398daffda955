package org.captchaee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.client.Entity;

import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The sample WAR exactly as the build makes it, answering what README promises. */
class SampleIT extends DeployedAppIT {

    private static final String ALICE = "{\"username\":\"alice\",\"password\":\"wonderland\"}";

    @Deployment(testable = false)
    static WebArchive sample() {
        return ShrinkWrap.create(ZipImporter.class, "captcha-ee-sample.war")
                .importFrom(Deployments.sampleWar())
                .as(WebArchive.class);
    }

    @Test
    void loginWithoutCaptcha_isCaptchaRequired() {
        Answer answer = Answer.of(http.request("login").post(Entity.json(ALICE)));
        answer.assertProblem(403, "captcha_required", 4001, "test");
    }

    @Test
    void loginWithSolvedCaptcha_runs() {
        Answer answer = Answer.of(
                http.request("login").header("X-Captcha-Token", "pass").post(Entity.json(ALICE)));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("alice", answer.json().getString("user"));
    }

    @Test
    void wrongPasswordWithSolvedCaptcha_is401() {
        String wrong = "{\"username\":\"alice\",\"password\":\"guess\"}";
        Answer answer = Answer.of(
                http.request("login").header("X-Captcha-Token", "pass").post(Entity.json(wrong)));
        assertEquals(401, answer.status(), answer.body());
    }

    @Test
    void smsCode_needsACaptchaToo() {
        String phone = "{\"phone\":\"+8613800138000\"}";
        Answer.of(http.request("sms-code").post(Entity.json(phone)))
                .assertProblem(403, "captcha_required", 4001, "test");
        Answer sent = Answer.of(
                http.request("sms-code").header("X-Captcha-Token", "pass").post(Entity.json(phone)));
        assertEquals(202, sent.status(), sent.body());
        assertEquals("+86****8000", sent.json().getString("sent_to"));
    }

    @Test
    void malformedBody_isA400_withoutInternals() {
        Answer answer = Answer.of(
                http.request("login").header("X-Captcha-Token", "pass").post(Entity.json("{\"username\":")));
        assertEquals(400, answer.status(), answer.body());
        assertEquals("The request body is not valid JSON.", answer.json().getString("detail"));
    }

    @Test
    void status_isNotProtected() {
        assertEquals(200, Http.get(http.request("status")).status());
    }
}
