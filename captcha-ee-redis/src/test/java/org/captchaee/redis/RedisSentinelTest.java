package org.captchaee.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.captchaee.spi.StateStoreUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sentinel mode: one master and one sentinel ({@code redis-server <config> --sentinel}). */
class RedisSentinelTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path temp;

    @Test
    void sentinelMode_findsTheMasterThroughTheSentinel() throws IOException {
        try (RedisServerProcess master = RedisServerProcess.start(RedisServerProcess.freePort());
                RedisServerProcess sentinel = sentinel(RedisServerProcess.freePort(), master.port());
                TestStore test = TestStore.on(
                        sentinel.uri(),
                        RedisConfigKeys.MODE,
                        "sentinel",
                        RedisConfigKeys.SENTINEL_MASTER,
                        "mymaster")) {
            assertTrue(test.store.putIfAbsent("replay:s", MINUTE));
            assertEquals(1, test.store.increment("fail:s", MINUTE));
            assertEquals(2, test.store.increment("fail:s", MINUTE));
            assertEquals("2", master.command("GET", "captcha:fail:s"));
        }
    }

    @Test
    void sentinelsDown_isUnavailable_andAfterTheRetryIntervalItConnects() throws Exception {
        int sentinelPort = RedisServerProcess.freePort();
        try (RedisServerProcess master = RedisServerProcess.start(RedisServerProcess.freePort());
                TestStore test = TestStore.on(
                        "redis://127.0.0.1:" + sentinelPort,
                        RedisConfigKeys.MODE,
                        "sentinel",
                        RedisConfigKeys.SENTINEL_MASTER,
                        "mymaster")) {
            assertThrows(StateStoreUnavailableException.class, () -> test.store.count("k"));
            // within the retry interval no new attempt is made: the call fails at once
            assertTimeoutPreemptively(
                    Duration.ofMillis(500),
                    () -> assertThrows(StateStoreUnavailableException.class, () -> test.store.count("k")));
            try (RedisServerProcess sentinel = sentinel(sentinelPort, master.port())) {
                Thread.sleep(RedisConnection.RETRY_INTERVAL.toMillis() + 100);
                assertTrue(test.store.putIfAbsent("replay:later", MINUTE));
            }
        }
    }

    private RedisServerProcess sentinel(int port, int masterPort) throws IOException {
        Path config = Files.createTempFile(temp, "sentinel-", ".conf");
        Files.writeString(config, "sentinel monitor mymaster 127.0.0.1 " + masterPort + " 1\n");
        return RedisServerProcess.start(port, config.toString(), "--sentinel");
    }
}
