package org.captchaee.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.TencentDeployments;
import org.captchaee.it.support.cluster.ClusterNodesIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Tencent (the wire-exact stub) on two nodes sharing the Redis store: a ticket that passed on one node is refused on the
 * other, even if Tencent would pass it again; a provider outage one node observed lets the other node accept a disaster ticket, once
 * across the cluster; a client's budget of degraded passes is one budget across the nodes. Each test calls as a client
 * of its own (forwarded by the trusted proxy on loopback). The tests that need no outage observed run first: an outage
 * is remembered for two minutes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TencentClusterIT extends ClusterNodesIT {

    private static final TencentStub STUB = TencentStub.start();
    private static final String APP_ID = Long.toString(TencentStub.APP_ID);
    private static final int ALLOW_BUDGET = 2;

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
        return TencentDeployments.war("tencent-cluster", STUB)
                .withConfig(ConfigKeys.TRUSTED_PROXIES, "127.0.0.1, ::1")
                .withConfig(ConfigKeys.ALLOW_BUDGET, Integer.toString(ALLOW_BUDGET))
                // this class provokes outages on purpose: an open circuit would hide the stub's answers
                .withConfig(TencentDeployments.FT + "CircuitBreaker/requestVolumeThreshold", "100000");
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @AfterEach
    void heal() {
        STUB.fault(Fault.NONE);
    }

    @Test
    @Order(1)
    void aTicketPassedOnNode1_isRefusedOnNode2_evenWhenTencentWouldPassItAgain() {
        STUB.answer("tr03cluster", 1);
        Answer first = Http.post(tencent(node1, "allow", "198.51.100.1", "tr03cluster"));
        assertEquals(200, first.status(), first.body());

        Http.post(tencent(node2, "allow", "198.51.100.1", "tr03cluster"))
                .assertProblem(403, "captcha_invalid", 4002, "tencent");
        assertEquals("replayed", lastEvent(node2).getString("reason"));
    }

    @Test
    @Order(2)
    void aDisasterTicket_whileNoNodeSawTencentFail_isRejectedOnBoth() {
        String ticket = disasterTicket(1001);
        for (Http node : new Http[] {node1, node2}) {
            Http.post(tencent(node, "allow", "198.51.100.2", ticket))
                    .assertProblem(403, "captcha_invalid", 4002, "tencent");
            assertEquals("disaster_ticket", lastEvent(node).getString("reason"));
        }
    }

    @Test
    @Order(3)
    void anOutageNode1Saw_letsNode2AcceptADisasterTicket_onceAcrossTheCluster() {
        STUB.fault(Fault.INTERNAL_ERROR);
        Answer observed = Http.post(tencent(node1, "allow", "198.51.100.3", "tr03any"));
        assertEquals(200, observed.status(), observed.body());
        assertTrue(lastEvent(node1).getBoolean("degraded"));
        STUB.fault(Fault.NONE);

        String ticket = disasterTicket(1002);
        Answer accepted = Http.post(tencent(node2, "allow", "198.51.100.4", ticket));
        assertEquals(200, accepted.status(), "node 2 believes the outage node 1 saw: " + accepted.body());
        JsonObject event = lastEvent(node2);
        assertTrue(event.getBoolean("degraded"));
        assertEquals("disaster-ticket", event.getString("providerCode"));

        for (Http node : new Http[] {node1, node2}) {
            Http.post(tencent(node, "allow", "198.51.100.4", ticket))
                    .assertProblem(403, "captcha_invalid", 4002, "tencent");
            assertEquals("replayed", lastEvent(node).getString("reason"));
        }
    }

    @Test
    @Order(4)
    void theBudgetOfDegradedPasses_isOneBudgetAcrossTheNodes() {
        String client = "198.51.100.5";
        STUB.fault(Fault.INTERNAL_ERROR);
        Http[] nodes = {node1, node2};
        for (int pass = 0; pass < ALLOW_BUDGET; pass++) {
            Http node = nodes[pass % 2];
            Answer answer = Http.post(tencent(node, "allow", client, "tr03budget" + pass));
            assertEquals(200, answer.status(), "degraded pass " + (pass + 1) + ": " + answer.body());
            assertTrue(lastEvent(node).getBoolean("degraded"));
        }
        for (Http node : nodes) {
            Http.post(tencent(node, "allow", client, "tr03over")).assertProblem(403, "captcha_required", 4001, "pin");
        }
        Answer otherClient = Http.post(tencent(node1, "allow", "198.51.100.6", "tr03other"));
        assertEquals(200, otherClient.status(), "another client has a budget of its own: " + otherClient.body());
    }

    private static Invocation.Builder tencent(Http node, String policy, String client, String ticket) {
        return node.request("policy/" + policy)
                .header("X-Forwarded-For", client)
                .header("X-Captcha-Ticket", ticket)
                .header("X-Captcha-Randstr", "@a");
    }

    private static String disasterTicket(int errorCode) {
        return "terror_" + errorCode + "_" + APP_ID + "_" + System.currentTimeMillis() / 1000;
    }

    private static JsonObject lastEvent(Http node) {
        return node.events().getJsonObject("last");
    }
}
