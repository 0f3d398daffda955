package org.captchaee.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.captchaee.spi.StateStoreFullException;
import org.captchaee.spi.StateStoreUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import redis.clients.jedis.Connection;
import redis.clients.jedis.RedisClient;

class RedisOutageTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration GENEROUS = Duration.ofSeconds(5);

    @Test
    void buildingTheStore_doesNotConnect_andItWorksOnceRedisIsUp() {
        int port = RedisServerProcess.freePort();
        try (TestStore test = TestStore.on("redis://127.0.0.1:" + port)) {
            assertThrows(StateStoreUnavailableException.class, () -> test.store.putIfAbsent("a", MINUTE));
            try (RedisServerProcess redis = RedisServerProcess.start(port)) {
                assertTrue(test.store.putIfAbsent("a", MINUTE));
            }
        }
    }

    @Test
    void restartedRedis_isReconnectedByItself() {
        try (RedisServerProcess redis = RedisServerProcess.start(RedisServerProcess.freePort());
                TestStore test = TestStore.on(redis.uri())) {
            assertEquals(1, test.store.increment("n", MINUTE));
            redis.restart();
            // the pooled connection died with the server: at most the first call notices, then it reconnects
            try {
                test.store.increment("n", MINUTE);
            } catch (StateStoreUnavailableException expected) {
                // the broken connection was dropped, with the idle ones
            }
            assertTrue(test.store.increment("n", MINUTE) >= 1);
            assertTrue(test.store.putIfAbsent("m", MINUTE));
        }
    }

    @Test
    void pausedRedis_makesEveryCommandThrowUnavailable_andItRecovers() {
        try (RedisServerProcess redis = RedisServerProcess.start(RedisServerProcess.freePort());
                TestStore test = TestStore.on(redis.uri())) {
            test.store.putIfAbsent("warm", MINUTE);
            redis.pause();
            for (Executable command : commands(test.store)) {
                assertTimeoutPreemptively(GENEROUS, () -> assertThrows(StateStoreUnavailableException.class, command));
            }
            redis.resume();
            test.store.count("x"); // may meet a connection that timed out; it was dropped
            assertTrue(test.store.putIfAbsent("after", MINUTE));
        }
    }

    @Test
    void deadRedis_makesEveryCommandThrowUnavailable() {
        try (RedisServerProcess redis = RedisServerProcess.start(RedisServerProcess.freePort());
                TestStore test = TestStore.on(redis.uri())) {
            test.store.putIfAbsent("warm", MINUTE);
            redis.stop();
            for (Executable command : commands(test.store)) {
                assertTimeoutPreemptively(GENEROUS, () -> assertThrows(StateStoreUnavailableException.class, command));
            }
        }
    }

    @Test
    void exhaustedPool_throwsBusy_neverUnavailable() {
        try (RedisServerProcess redis = RedisServerProcess.start(RedisServerProcess.freePort());
                TestStore test = TestStore.on(redis.uri(), RedisConfigKeys.POOL_SIZE, "1")) {
            test.store.putIfAbsent("warm", MINUTE);
            RedisClient client = (RedisClient) test.connection.client();
            Connection only = client.getPool().getResource();
            try {
                for (Executable command : commands(test.store)) {
                    assertTimeoutPreemptively(GENEROUS, () -> assertThrows(RedisStoreBusyException.class, command));
                }
            } finally {
                only.close();
            }
            assertTrue(test.store.putIfAbsent("free", MINUTE));
        }
    }

    @Test
    void fullRedis_refusesNewEntriesWithFull_andStillReadsAndRemoves() {
        try (RedisServerProcess redis = RedisServerProcess.start(
                        RedisServerProcess.freePort(), "--maxmemory", "1mb", "--maxmemory-policy", "noeviction");
                TestStore test = TestStore.on(redis.uri())) {
            String padding = "x".repeat(200);
            int stored = 0;
            StateStoreFullException full = null;
            while (full == null && stored < 100_000) {
                try {
                    test.store.putIfAbsent("fill:" + stored + padding, MINUTE);
                    stored++;
                } catch (StateStoreFullException e) {
                    full = e;
                }
            }
            assertTrue(full != null, "OOM after " + stored + " entries");
            assertThrows(StateStoreFullException.class, () -> test.store.increment("new counter", MINUTE));
            assertEquals(stored > 0 ? 1 : 0, test.store.count("fill:0" + padding));
            test.store.remove("fill:0" + padding);
            assertEquals(0, test.store.count("fill:0" + padding));
        }
    }

    private static List<Executable> commands(RedisStateStore store) {
        return List.of(
                () -> store.putIfAbsent("k", MINUTE),
                () -> store.increment("c", MINUTE),
                () -> store.count("c"),
                () -> store.remove("k"),
                store::ping);
    }
}
