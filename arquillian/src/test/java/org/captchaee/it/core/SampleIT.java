package org.captchaee.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;

import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.ImageCaptchas;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sample WAR exactly as the build makes it, answering what README promises. */
class SampleIT extends DeployedAppIT {

    private static final String ALICE = "{\"username\":\"alice\",\"password\":\"wonderland\"}";
    private static final String WRONG = "{\"username\":\"alice\",\"password\":\"guess\"}";

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private ImageCaptchas captchas;
    private String clientIp;

    /** The sample as built, plus the test-only classes that tell the test the answers of image challenges. */
    @Deployment(testable = false)
    static WebArchive sample() {
        return Deployments.sampleWithKnownAnswers();
    }

    @BeforeEach
    void client() {
        captchas = new ImageCaptchas(http, "captcha");
        clientIp = "198.51.100." + CLIENTS.incrementAndGet();
    }

    /** A call from this test's own client address (through the trusted proxy), so tests do not share counts. */
    private Invocation.Builder call(String path) {
        return http.request(path).header("X-Forwarded-For", clientIp);
    }

    @Test
    void loginWithoutCaptcha_runsWhileNothingFailed() {
        resetWithASolvedLogin();
        Answer answer = Answer.of(call("login").post(Entity.json(ALICE)));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("alice", answer.json().getString("user"));
    }

    @Test
    void afterFourFailedLogins_theFifthIsAnsweredCaptchaRequired_andASolvedLoginResetsTheAccountOnly() {
        resetWithASolvedLogin();
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, Answer.of(call("login").post(Entity.json(WRONG))).status(), "try " + i);
        }
        Answer.of(call("login").post(Entity.json(WRONG))).assertProblem(403, "captcha_required", 4001, "image");
        Answer.of(call("login").post(Entity.json(ALICE))).assertProblem(403, "captcha_required", 4001, "image");
        resetWithASolvedLogin();
        Answer.of(call("login").post(Entity.json(ALICE)))
                .assertProblem(403, "captcha_required", 4001, "image"); // this client's count runs out with its window
        clientIp = "203.0.113.200";
        assertEquals(200, Answer.of(call("login").post(Entity.json(ALICE))).status(), "alice's own count was reset");
    }

    @Test
    void wrongPasswordWithSolvedCaptcha_is401() {
        Answer answer = Answer.of(
                call("login").header("X-Captcha-Token", captchas.solve()).post(Entity.json(WRONG)));
        assertEquals(401, answer.status(), answer.body());
    }

    @Test
    void smsCodes_needACaptchaBeyondThreeAnHour() {
        String phone = "{\"phone\":\"+8613800138000\"}";
        for (int i = 1; i <= 3; i++) {
            Answer sent = Answer.of(call("sms-code").post(Entity.json(phone)));
            assertEquals(202, sent.status(), sent.body());
            assertEquals("+86****8000", sent.json().getString("sent_to"));
        }
        Answer.of(call("sms-code").post(Entity.json(phone))).assertProblem(403, "captcha_required", 4001, "image");
        Answer sent = Answer.of(
                call("sms-code").header("X-Captcha-Token", captchas.solve()).post(Entity.json(phone)));
        assertEquals(202, sent.status(), sent.body());
    }

    @Test
    void malformedBody_isA400_withoutInternals() {
        Answer answer = Answer.of(
                call("login").header("X-Captcha-Token", captchas.solve()).post(Entity.json("{\"username\":")));
        assertEquals(400, answer.status(), answer.body());
        assertEquals("The request body is not valid JSON.", answer.json().getString("detail"));
    }

    @Test
    void aCaptchaTokenPassesOnce() {
        String token = captchas.solve();
        assertEquals(
                200,
                Answer.of(call("login").header("X-Captcha-Token", token).post(Entity.json(ALICE)))
                        .status());
        Answer.of(call("login").header("X-Captcha-Token", token).post(Entity.json(ALICE)))
                .assertProblem(403, "captcha_invalid", 4002, "image");
    }

    /**
     * JSON-B reads {@code "alice"} from {@code ["alice"]}: a key the library did not count would let guesses spread over
     * many IPs reach one account (or one phone) without ever meeting the captcha.
     */
    @Test
    void anArrayWrappedKey_isMalformed_atLoginAndSmsCode() {
        Answer login = Answer.of(call("login").post(Entity.json("{\"username\":[\"alice\"],\"password\":\"guess\"}")));
        assertNamesTheMemberOnly(login.assertProblem(400, "captcha_malformed", 4003, "image"), "username", "alice");

        Answer sms = Answer.of(call("sms-code").post(Entity.json("{\"phone\":[\"+8613800138000\"]}")));
        assertNamesTheMemberOnly(sms.assertProblem(400, "captcha_malformed", 4003, "image"), "phone", "8613800138000");
    }

    @Test
    void aKeyGivenTwiceWithDifferentValues_isMalformed() {
        Answer login = Answer.of(call("login")
                .post(Entity.json("{\"username\":\"mallory\",\"username\":\"alice\",\"password\":\"guess\"}")));
        assertNamesTheMemberOnly(login.assertProblem(400, "captcha_malformed", 4003, "image"), "username", "alice");
    }

    private static void assertNamesTheMemberOnly(JsonObject problem, String member, String value) {
        String detail = problem.getString("detail");
        assertTrue(detail.contains("'" + member + "'"), detail);
        assertFalse(detail.contains(value), detail);
    }

    /** A login with a solved captcha always runs, and its success clears the failures of this client and of alice. */
    private void resetWithASolvedLogin() {
        Answer answer = Answer.of(
                call("login").header("X-Captcha-Token", captchas.solve()).post(Entity.json(ALICE)));
        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void thePageAndItsScriptAreServed() {
        Answer page = Http.get(http.request("../"));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("sample.js"), "the page loads its script");
        assertEquals(200, Http.get(http.request("../sample.js")).status());
        Answer helper = Http.get(http.request("../captcha-ee/captcha-ee.js"));
        assertEquals(200, helper.status(), "the library's jar serves the browser helper");
        assertTrue(helper.body().contains("export async function captchaFetch"), helper.body());
        assertEquals(
                200, Http.get(http.request("../captcha-ee/captcha-ee-pow.js")).status());
        assertEquals(
                200,
                Http.get(http.request("../captcha-ee/solvers/image.js")).status(),
                "and the solver modules it loads on first use");
    }

    @Test
    void status_isNotProtected() {
        assertEquals(200, Http.get(http.request("status")).status());
    }
}
