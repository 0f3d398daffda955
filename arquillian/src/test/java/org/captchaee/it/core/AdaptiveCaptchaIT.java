package org.captchaee.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.AdaptiveResource;
import org.captchaee.it.app.WrongPasswordException;
import org.captchaee.it.app.WrongPasswordMapper;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Adaptive mode over HTTP: a captcha only after failures (per client IP, and per user name across IPs) or beyond a
 * number of calls. Each test is its own client, by a distinct address forwarded by the trusted proxy on loopback.
 */
class AdaptiveCaptchaIT extends DeployedAppIT {

    private static final String TOKEN = "X-Captcha-Token";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("adaptive")
                .withClasses(AdaptiveResource.class, WrongPasswordException.class, WrongPasswordMapper.class)
                .withConfig(ConfigKeys.VERIFIER, "test")
                .withTestMode()
                .withConfig(ConfigKeys.TRUSTED_PROXIES, "127.0.0.1, ::1")
                .withConfig(AdaptiveResource.class.getName() + "/sms/RequiresCaptcha/afterRequests", "2")
                .build();
    }

    @Test
    void fourBadLoginsRun_theFifthIsAnsweredCaptchaRequired_andASolvedLoginResetsTheAccountOnly() {
        String ip = "198.51.100.10";
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, login(ip, "dave", "guess").status(), "bad login " + i);
        }
        login(ip, "dave", "guess").assertProblem(403, "captcha_required", 4001, "test");
        login(ip, "dave", "right").assertProblem(403, "captcha_required", 4001, "test");

        Answer solved =
                Answer.of(call("adaptive/login", ip).header(TOKEN, "pass").post(json("dave", "right")));
        assertEquals(200, solved.status(), solved.body());
        assertEquals(200, login("198.51.100.11", "dave", "right").status(), "the success reset dave's count");
        login(ip, "dave", "right")
                .assertProblem(
                        403, "captcha_required", 4001, "test"); // the client's own count runs out with its window
    }

    @Test
    void aSuccessOnItsOwnAccount_neverResetsTheClientsCount() {
        String ip = "198.51.100.12";
        assertEquals(401, login(ip, "victim1", "guess").status());
        assertEquals(401, login(ip, "victim2", "guess").status());
        assertEquals(200, login(ip, "mallory", "right").status(), "the client's own account");
        assertEquals(401, login(ip, "victim3", "guess").status());
        assertEquals(401, login(ip, "victim4", "guess").status());
        login(ip, "victim5", "guess").assertProblem(403, "captcha_required", 4001, "test");
    }

    @Test
    void failuresCount_onTheFinalStatus_ofVoidMethodsWithAnApplicationMapper_andOfAsynchronousOnes() {
        for (String path : new String[] {"adaptive/login-mapped", "adaptive/login-async"}) {
            String ip = path.endsWith("mapped") ? "198.51.100.50" : "198.51.100.51";
            assertEquals(401, post(path, ip, json("ivan", "guess")).status(), path);
            post(path, ip, json("ivan", "guess")).assertProblem(403, "captcha_required", 4001, "test");
            Answer solved = Answer.of(call(path, ip).header(TOKEN, "pass").post(json("ivan", "right")));
            assertTrue(solved.status() < 300, path + ": " + solved.body());
        }
    }

    @Test
    void failuresAgainstOneAccount_fromManyIps_stillMeetTheCaptcha() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, login("203.0.113." + i, "erin", "guess").status());
        }
        login("203.0.113.5", "erin", "guess").assertProblem(403, "captcha_required", 4001, "test");
        login("203.0.113.6", "erin", "right").assertProblem(403, "captcha_required", 4001, "test");
        assertEquals(200, login("203.0.113.6", "frank", "right").status(), "another account from a fresh IP");
    }

    @Test
    void aCaptchaSentBeforeTheTrigger_isStillChecked() {
        Answer answer = Answer.of(
                call("adaptive/login", "198.51.100.20").header(TOKEN, "fail").post(json("gina", "right")));
        answer.assertProblem(403, "captcha_invalid", 4002, "test");
    }

    @Test
    void thrownUnauthorized_countsAsAFailureToo() {
        String ip = "198.51.100.30";
        assertEquals(
                401, post("adaptive/login-throws", ip, json("hank", "guess")).status());
        post("adaptive/login-throws", ip, json("hank", "guess")).assertProblem(403, "captcha_required", 4001, "test");
    }

    @Test
    void beyondTheAllowedCalls_aCaptchaIsRequired_theAllowanceComingFromConfiguration() {
        String ip = "198.51.100.40";
        assertEquals(200, post("adaptive/sms", ip, Entity.json("{}")).status());
        assertEquals(200, post("adaptive/sms", ip, Entity.json("{}")).status());
        post("adaptive/sms", ip, Entity.json("{}")).assertProblem(403, "captcha_required", 4001, "test");
        Answer withCaptcha =
                Answer.of(call("adaptive/sms", ip).header(TOKEN, "pass").post(Entity.json("{}")));
        assertEquals(200, withCaptcha.status(), withCaptcha.body());
        assertEquals(
                200, post("adaptive/sms", "198.51.100.41", Entity.json("{}")).status(), "another client");
    }

    private Answer login(String ip, String user, String password) {
        return post("adaptive/login", ip, json(user, password));
    }

    private Answer post(String path, String ip, Entity<String> body) {
        return Answer.of(call(path, ip).post(body));
    }

    private Invocation.Builder call(String path, String ip) {
        return http.request(path).header("X-Forwarded-For", ip);
    }

    private static Entity<String> json(String user, String password) {
        return Entity.json("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }
}
