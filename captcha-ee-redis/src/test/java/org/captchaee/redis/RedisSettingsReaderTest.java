package org.captchaee.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RedisSettingsReaderTest {

    @Test
    void defaults() {
        RedisSettings settings = TestStore.settings(RedisConfigKeys.URI, "redis://redis.example");
        assertFalse(settings.tls());
        assertNull(settings.user());
        assertNull(settings.password());
        assertEquals(0, settings.database());
        assertEquals(RedisMode.STANDALONE, settings.mode());
        assertEquals(List.of(new RedisAddress("redis.example", 6379)), settings.nodes());
        assertEquals(Duration.ofMillis(200), settings.timeout());
        assertEquals("captcha:", settings.keyPrefix());
        assertEquals(64, settings.poolSize());
    }

    @Test
    void uri_carriesTlsUserPasswordAndDatabase_percentDecoded() {
        RedisSettings settings = TestStore.settings(RedisConfigKeys.URI, "rediss://app:p%40ss%3Aw+rd@10.0.0.5:6380/3");
        assertTrue(settings.tls());
        assertEquals("app", settings.user());
        assertEquals("p@ss:w+rd", settings.password());
        assertEquals(3, settings.database());
        assertEquals(List.of(new RedisAddress("10.0.0.5", 6380)), settings.nodes());
        assertEquals("rediss://app:***@10.0.0.5:6380/3", settings.address());
    }

    @Test
    void userAndPasswordKeys_overrideTheUri() {
        RedisSettings settings = TestStore.settings(
                RedisConfigKeys.URI, "redis://a:b@h",
                RedisConfigKeys.USER, "captcha",
                RedisConfigKeys.PASSWORD, "secret");
        assertEquals("captcha", settings.user());
        assertEquals("secret", settings.password());
    }

    @Test
    void sentinelMode_startsWithTheUrisSentinel_onTheSentinelPort() {
        RedisSettings settings = TestStore.settings(
                RedisConfigKeys.URI, "redis://:pw@s1",
                RedisConfigKeys.MODE, "Sentinel",
                RedisConfigKeys.SENTINEL_MASTER, "mymaster",
                RedisConfigKeys.NODES, "s2:26380, [::1]:26381",
                RedisConfigKeys.TIMEOUT, "PT0.5S",
                RedisConfigKeys.KEY_PREFIX, "app:captcha:",
                RedisConfigKeys.POOL_SIZE, "8");
        assertEquals(RedisMode.SENTINEL, settings.mode());
        assertEquals("mymaster", settings.sentinelMaster());
        assertEquals(
                List.of(new RedisAddress("s1", 26379), new RedisAddress("s2", 26380), new RedisAddress("::1", 26381)),
                settings.nodes());
        assertEquals(Duration.ofMillis(500), settings.timeout());
        assertEquals("app:captcha:", settings.keyPrefix());
        assertEquals(8, settings.poolSize());
        assertEquals(
                "redis://:***@s1:26379/0, mode sentinel (master mymaster, sentinels s1:26379,s2:26380,[::1]:26381),"
                        + " key prefix app:captcha:, timeout 500 ms, at most 8 connections per node",
                settings.toString());
    }

    @Test
    void timeout_inWholeSeconds_likeTheLibrarysOtherDurations() {
        assertEquals(
                Duration.ofSeconds(2),
                TestStore.settings(RedisConfigKeys.URI, "redis://h", RedisConfigKeys.TIMEOUT, "2")
                        .timeout());
    }

    @Test
    void eachBadValue_isReportedWithItsKey() {
        assertProblem(RedisConfigKeys.URI, "is not set");
        assertProblem(RedisConfigKeys.URI, "is invalid", RedisConfigKeys.URI, "http://h:6379");
        assertProblem(RedisConfigKeys.URI, "is invalid", RedisConfigKeys.URI, "redis://h:6379?ssl=true");
        assertProblem(RedisConfigKeys.URI, "is invalid", RedisConfigKeys.URI, "redis://h:6379/x");
        assertProblem(RedisConfigKeys.MODE, "is invalid", RedisConfigKeys.URI, "redis://h", RedisConfigKeys.MODE, "ha");
        assertProblem(
                RedisConfigKeys.SENTINEL_MASTER,
                "is not set",
                RedisConfigKeys.URI,
                "redis://h",
                RedisConfigKeys.MODE,
                "sentinel");
        assertProblem(
                RedisConfigKeys.NODES,
                "invalid",
                RedisConfigKeys.URI,
                "redis://h",
                RedisConfigKeys.MODE,
                "cluster",
                RedisConfigKeys.NODES,
                "h2:6379,h3");
        assertProblem(
                RedisConfigKeys.NODES, "standalone", RedisConfigKeys.URI, "redis://h", RedisConfigKeys.NODES, "h2:1");
        assertProblem(
                RedisConfigKeys.URI, "database 0", RedisConfigKeys.URI, "redis://h/2", RedisConfigKeys.MODE, "cluster");
        assertProblem(
                RedisConfigKeys.TIMEOUT, "PT0.2S", RedisConfigKeys.URI, "redis://h", RedisConfigKeys.TIMEOUT, "200");
        assertProblem(
                RedisConfigKeys.TIMEOUT, "PT0.2S", RedisConfigKeys.URI, "redis://h", RedisConfigKeys.TIMEOUT, "200ms");
        assertProblem(
                RedisConfigKeys.KEY_PREFIX,
                "without spaces",
                RedisConfigKeys.URI,
                "redis://h",
                RedisConfigKeys.KEY_PREFIX,
                "my app:");
        assertProblem(
                RedisConfigKeys.POOL_SIZE, "from 1", RedisConfigKeys.URI, "redis://h", RedisConfigKeys.POOL_SIZE, "0");
        assertProblem(RedisConfigKeys.USER, "no password", RedisConfigKeys.URI, "redis://h", RedisConfigKeys.USER, "u");
    }

    @Test
    void aBadUri_neverQuotesItsPassword() {
        List<String> problems = problems(RedisConfigKeys.URI, "redis://user:Top-Secret@h:6379/db0");
        assertEquals(1, problems.size(), problems::toString);
        assertFalse(problems.get(0).contains("Top-Secret"), problems.get(0));
        problems = problems(RedisConfigKeys.URI, "redis://user:Top-Secret@h:notaport");
        assertFalse(problems.get(0).contains("Top-Secret"), problems.get(0));
    }

    @Test
    void everyProblem_isListedInOneGo() {
        List<String> problems = problems(
                RedisConfigKeys.MODE, "sentinel",
                RedisConfigKeys.TIMEOUT, "soon",
                RedisConfigKeys.POOL_SIZE, "many");
        assertEquals(4, problems.size(), problems::toString); // uri, master, timeout, pool-size
    }

    @Test
    void theStoreIsSelectedByCaptchaStoreRedisOnly() {
        assertTrue(RedisStoreExtension.selects(TestStore.config(RedisConfigKeys.STORE, " Redis ")));
        assertFalse(RedisStoreExtension.selects(TestStore.config(RedisConfigKeys.STORE, "memory")));
        assertFalse(RedisStoreExtension.selects(TestStore.config()));
    }

    private static void assertProblem(String key, String fragment, String... keysAndValues) {
        List<String> problems = problems(keysAndValues);
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith(key) && p.contains(fragment)),
                "expected a problem naming " + key + " with '" + fragment + "', got " + problems);
    }

    private static List<String> problems(String... keysAndValues) {
        List<String> problems = new ArrayList<>();
        new RedisSettingsReader(TestStore.config(keysAndValues), problems::add).read();
        return problems;
    }
}
