package org.captchaee.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.AdaptiveResource;
import org.captchaee.it.app.WrongPasswordException;
import org.captchaee.it.app.WrongPasswordMapper;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.cluster.ClusterNodesIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Adaptive mode on two nodes sharing the Redis store, as behind a load balancer that sends each call anywhere: failures
 * split across the nodes reach the threshold of {@code afterFailures}, a solved login on one node resets the account's
 * count for both, and the calls of {@code afterRequests} are counted once for the cluster. Each test is its own client,
 * by a distinct address forwarded by the trusted proxy on loopback.
 */
class AdaptiveClusterIT extends ClusterNodesIT {

    private static final String TOKEN = "X-Captcha-Token";

    @Deployment(name = NODE_1, testable = false)
    @TargetsContainer(NODE_1)
    static WebArchive node1() {
        return onTheCluster(app());
    }

    @Deployment(name = NODE_2, testable = false)
    @TargetsContainer(NODE_2)
    static WebArchive node2() {
        return onTheCluster(app());
    }

    private static Deployments app() {
        return Deployments.war("adaptive-cluster")
                .withClasses(AdaptiveResource.class, WrongPasswordException.class, WrongPasswordMapper.class)
                .withConfig(ConfigKeys.VERIFIER, "test")
                .withTestMode()
                .withConfig(ConfigKeys.TRUSTED_PROXIES, "127.0.0.1, ::1")
                .withConfig(AdaptiveResource.class.getName() + "/sms/RequiresCaptcha/afterRequests", "2");
    }

    @Test
    void badLoginsSplitAcrossTheNodes_reachTheThreshold_onBothNodes() {
        String ip = "198.51.100.10";
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, login(nodeFor(i), ip, "dave", "guess").status(), "bad login " + i);
        }
        login(node1, ip, "dave", "guess").assertProblem(403, "captcha_required", 4001, "test");
        login(node2, ip, "dave", "right").assertProblem(403, "captcha_required", 4001, "test");
    }

    @Test
    void failuresAgainstOneAccount_fromManyIpsOnBothNodes_meetTheCaptcha_andASolvedLoginOnOneNodeResetsIt() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(
                    401, login(nodeFor(i), "203.0.113." + i, "erin", "guess").status());
        }
        login(node1, "203.0.113.5", "erin", "guess").assertProblem(403, "captcha_required", 4001, "test");
        login(node2, "203.0.113.6", "erin", "right").assertProblem(403, "captcha_required", 4001, "test");

        Answer solved = Answer.of(call(node2, "adaptive/login", "203.0.113.7")
                .header(TOKEN, "pass")
                .post(json("erin", "right")));
        assertEquals(200, solved.status(), solved.body());
        assertEquals(
                200,
                login(node1, "203.0.113.8", "erin", "right").status(),
                "the success on node 2 reset erin's count for node 1 too");
    }

    @Test
    void callsBeyondTheAllowance_areCountedOnceForTheCluster() {
        String ip = "198.51.100.40";
        assertEquals(200, sms(node1, ip).status());
        assertEquals(200, sms(node2, ip).status());
        sms(node1, ip).assertProblem(403, "captcha_required", 4001, "test");
        sms(node2, ip).assertProblem(403, "captcha_required", 4001, "test");
    }

    private Http nodeFor(int call) {
        return call % 2 == 0 ? node2 : node1;
    }

    private static Answer login(Http node, String ip, String user, String password) {
        return Answer.of(call(node, "adaptive/login", ip).post(json(user, password)));
    }

    private static Answer sms(Http node, String ip) {
        return Answer.of(call(node, "adaptive/sms", ip).post(Entity.json("{}")));
    }

    private static Invocation.Builder call(Http node, String path, String ip) {
        return node.request(path).header("X-Forwarded-For", ip);
    }

    private static Entity<String> json(String user, String password) {
        return Entity.json("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }
}
