package org.captchaee.it.cluster;

import static org.captchaee.it.support.redis.StoreOutages.assertOutagePolicyApplies;
import static org.captchaee.it.support.redis.StoreOutages.awaitRecovery;
import static org.captchaee.it.support.redis.StoreOutages.freshCode;
import static org.captchaee.it.support.redis.StoreOutages.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;

import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.ReadinessProbe;
import org.captchaee.it.support.ReadinessProbe.Readiness;
import org.captchaee.it.support.cluster.ClusterNodesIT;
import org.captchaee.it.support.redis.SharedRedis;
import org.captchaee.it.support.redis.StoreOutages;
import org.captchaee.redis.RedisServerProcess;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Redis down under two nodes: each applies the endpoint's outage policy (a degraded pass under {@code allow}, 503 under
 * {@code deny}) and reports its readiness DOWN (a method denies), and both use Redis again once it is back, sharing their
 * marks as before, ready again.
 */
class StoreOutageClusterIT extends ClusterNodesIT {

    @Deployment(name = NODE_1, testable = false)
    @TargetsContainer(NODE_1)
    static WebArchive node1() {
        return onTheCluster(StoreOutages.app("store-outage"));
    }

    @Deployment(name = NODE_2, testable = false)
    @TargetsContainer(NODE_2)
    static WebArchive node2() {
        return onTheCluster(StoreOutages.app("store-outage"));
    }

    @Test
    void redisStopped_theOutagePolicyAppliesOnBothNodes_andBothRecoverWhenItReturns() {
        assertPassesOnceAcrossTheNodes();
        assertStoreReadiness("UP", true);

        RedisServerProcess redis = SharedRedis.server();
        redis.stop();
        try {
            assertOutagePolicyApplies(node1);
            assertOutagePolicyApplies(node2);
            assertStoreReadiness("DOWN", false);
        } finally {
            redis.restart();
        }
        awaitRecovery(node1);
        awaitRecovery(node2);

        assertPassesOnceAcrossTheNodes();
        assertStoreReadiness("UP", true);
    }

    /** Both nodes' readiness (on their management ports): the store's check, DOWN while Redis is down since the
     * endpoint {@code policy/deny} then fails. */
    private static void assertStoreReadiness(String status, boolean reachable) {
        for (String port : new String[] {"wildfly.management.port", "wildfly.node2.management.port"}) {
            Readiness readiness = new ReadinessProbe(Integer.getInteger(port)).read();
            readiness.assertStatus(status);
            JsonObject store = readiness.check("captcha-store");
            assertEquals(status, store.getString("status"), store::toString);
            assertEquals("redis", store.getJsonObject("data").getString("store"));
            assertEquals(
                    Boolean.toString(reachable),
                    Readiness.text(store.getJsonObject("data"), "reachable"),
                    store::toString);
        }
    }

    private void assertPassesOnceAcrossTheNodes() {
        String code = freshCode();
        Answer first = Http.post(withCode(node1, "deny", code));
        assertEquals(200, first.status(), first.body());
        Http.post(withCode(node2, "deny", code)).assertProblem(403, "captcha_invalid", 4002, "code");
        assertEquals("replayed", node2.events().getJsonObject("last").getString("reason"));
    }
}
