package org.captchaee.it.ops;

import static org.captchaee.it.support.redis.StoreOutages.assertOutagePolicyApplies;
import static org.captchaee.it.support.redis.StoreOutages.awaitRecovery;
import static org.captchaee.it.support.redis.StoreOutages.freshCode;
import static org.captchaee.it.support.redis.StoreOutages.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.redis.SharedRedis;
import org.captchaee.it.support.redis.StoreOutages;
import org.captchaee.redis.RedisServerProcess;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Redis store on Open Liberty (the cluster tests run on WildFly): a captcha passes once, its mark lives in Redis under
 * the key prefix without the captcha in the key, and while Redis is down the outage policy applies until it is back.
 * Redis starts after the deployment here, which the store, connecting lazily, does not mind.
 */
@EnabledIfSystemProperty(
        named = "arquillian.launch",
        matches = "liberty",
        disabledReason = "the Redis store on the other servers is tested by the *ClusterIT tests on WildFly")
@ExtendWith(SharedRedis.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisStoreLibertyIT extends DeployedAppIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return StoreOutages.app("redis-store")
                .withRedisStore(SharedRedis.uri())
                .withConfig(ConfigKeys.SECRET, "the-secret-of-the-redis-store-test-on-liberty-0123456789")
                .build();
    }

    @BeforeAll
    static void emptyRedis() {
        SharedRedis.server().command("FLUSHALL");
    }

    @Test
    @Order(1)
    void aCaptchaPassesOnce_itsMarkIsInRedisUnderThePrefix_andTheKeysHideTheCaptcha() {
        String code = freshCode();
        Answer first = Http.post(withCode(http, "deny", code));
        assertEquals(200, first.status(), first.body());
        Http.post(withCode(http, "deny", code)).assertProblem(403, "captcha_invalid", 4002, "code");
        assertEquals("replayed", http.events().getJsonObject("last").getString("reason"));

        List<String> keys = SharedRedis.server()
                .command("KEYS", "*")
                .lines()
                .filter(line -> !line.isBlank())
                .toList();
        assertFalse(keys.isEmpty(), "nothing was written to Redis");
        for (String key : keys) {
            assertTrue(key.startsWith("captcha:"), key);
            assertFalse(key.contains(code.substring("ok-".length())), "the captcha is in the key " + key);
        }
    }

    @Test
    @Order(2)
    void redisStopped_theOutagePolicyApplies_untilItReturns() {
        RedisServerProcess redis = SharedRedis.server();
        redis.stop();
        try {
            assertOutagePolicyApplies(http);
        } finally {
            redis.restart();
        }
        awaitRecovery(http);
        String code = freshCode();
        assertEquals(200, Http.post(withCode(http, "deny", code)).status());
        Http.post(withCode(http, "deny", code)).assertProblem(403, "captcha_invalid", 4002, "code");
    }
}
