package org.captchaee.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.captchaee.spi.StateStoreUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cluster mode: three masters made a cluster with {@code redis-cli --cluster create}. */
class RedisClusterTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final List<RedisServerProcess> NODES = new ArrayList<>();

    @BeforeAll
    static void startCluster() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            NODES.add(RedisServerProcess.start(
                    RedisServerProcess.freePort(), "--cluster-enabled", "yes", "--cluster-node-timeout", "2000"));
        }
        List<String> create = new ArrayList<>(List.of("--cluster", "create"));
        NODES.forEach(node -> create.add("127.0.0.1:" + node.port()));
        create.add("--cluster-yes");
        String output = NODES.get(0).command(create.toArray(String[]::new));
        assertTrue(output.contains("All 16384 slots covered"), output);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!NODES.stream().allMatch(node -> node.command("CLUSTER", "INFO").contains("cluster_state:ok"))) {
            assertTrue(System.nanoTime() < deadline, "the cluster did not become ok");
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stopCluster() {
        NODES.forEach(RedisServerProcess::close);
    }

    @Test
    void clusterMode_spreadsKeysOverTheNodes_withEveryOperation() {
        try (TestStore test = clusterStore()) {
            for (int i = 0; i < 60; i++) {
                assertTrue(test.store.putIfAbsent("replay:" + i, MINUTE));
                assertEquals(1, test.store.increment("fail:" + i, MINUTE));
                assertEquals(2, test.store.increment("fail:" + i, MINUTE));
                assertEquals(2, test.store.count("fail:" + i));
            }
            long nodesWithKeys = NODES.stream()
                    .filter(node -> Long.parseLong(node.command("DBSIZE")) > 0)
                    .count();
            assertEquals(3, nodesWithKeys, "120 keys over 3 masters");
            for (int i = 0; i < 60; i++) {
                test.store.remove("fail:" + i);
                assertEquals(0, test.store.count("fail:" + i));
            }
        }
    }

    @Test
    void clusterDown_isUnavailable_withinABoundedTime() {
        try (TestStore test = clusterStore()) {
            test.store.putIfAbsent("warm", MINUTE);
            NODES.forEach(RedisServerProcess::pause);
            try {
                assertTimeoutPreemptively(
                        Duration.ofSeconds(5),
                        () -> assertThrows(StateStoreUnavailableException.class, () -> test.store.count("k")));
            } finally {
                NODES.forEach(RedisServerProcess::resume);
            }
        }
    }

    private static TestStore clusterStore() {
        return TestStore.on(
                NODES.get(0).uri(),
                RedisConfigKeys.MODE,
                "cluster",
                RedisConfigKeys.NODES,
                "127.0.0.1:" + NODES.get(1).port() + ",127.0.0.1:"
                        + NODES.get(2).port());
    }
}
