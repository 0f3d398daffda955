package org.captchaee.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.captchaee.spi.StateStoreUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Redis ACL user limited to {@code ~captcha:*} and the store's own commands, as docs/howto/cluster-and-state-store.md
 * recommends. A key outside the user's patterns ({@code NOPERM}) means our own configuration is refused: no client can
 * cause it, so it is an outage of our own ({@link StateStoreUnavailableException}) like a wrong password, never a pass
 * and never a client's error.
 */
class RedisAclTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final String PASSWORD = "pa55-W0rd:with/odd@chars";
    private static final String ENCODED = "pa55-W0rd%3Awith%2Fodd%40chars";
    private static final String ADMIN_PASSWORD = "admin-S3cret";

    private static RedisServerProcess redis;

    @BeforeAll
    static void startRedisWithAclUser() {
        redis = RedisServerProcess.start(RedisServerProcess.freePort(), "--requirepass", ADMIN_PASSWORD);
        String reply = redis.command(
                "--no-auth-warning",
                "-a",
                ADMIN_PASSWORD,
                "ACL",
                "SETUSER",
                "captcha",
                "on",
                ">" + PASSWORD,
                "~captcha:*",
                "resetchannels",
                "-@all",
                "+set",
                "+get",
                "+del",
                "+evalsha",
                "+eval",
                "+incr",
                "+pttl",
                "+pexpire",
                "+ping");
        assertEquals("OK", reply);
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @Test
    void aclUserLimitedToThePrefix_runsEveryOperation() {
        try (TestStore test = TestStore.on("redis://captcha:" + ENCODED + "@127.0.0.1:" + redis.port())) {
            assertTrue(test.store.putIfAbsent("replay:a", MINUTE));
            assertFalse(test.store.putIfAbsent("replay:a", MINUTE));
            assertEquals(1, test.store.increment("fail:a", MINUTE));
            assertEquals(2, test.store.increment("fail:a", MINUTE));
            assertEquals(2, test.store.count("fail:a"));
            test.store.remove("fail:a");
            assertEquals(0, test.store.count("fail:a"));
            test.store.ping();
        }
    }

    @Test
    void userAndPasswordKeys_overrideTheUri() {
        try (TestStore test = TestStore.on(
                "redis://nobody:wrong@127.0.0.1:" + redis.port(),
                RedisConfigKeys.USER,
                "captcha",
                RedisConfigKeys.PASSWORD,
                PASSWORD)) {
            assertTrue(test.store.putIfAbsent("replay:override", MINUTE));
        }
    }

    @Test
    void prefixOutsideTheAcl_isUnavailable_notAPass() {
        try (TestStore test = TestStore.on(
                "redis://captcha:" + ENCODED + "@127.0.0.1:" + redis.port(), RedisConfigKeys.KEY_PREFIX, "other:")) {
            assertUnavailableEverywhere(test.store);
        }
    }

    @Test
    void wrongPassword_isUnavailable() {
        try (TestStore test = TestStore.on("redis://captcha:not-" + ENCODED + "@127.0.0.1:" + redis.port())) {
            assertUnavailableEverywhere(test.store);
        }
    }

    @Test
    void missingPassword_isUnavailable() {
        try (TestStore test = TestStore.on(redis.uri())) {
            assertUnavailableEverywhere(test.store);
        }
    }

    @Test
    void noLogMessageAndNoExceptionQuotesThePassword() {
        List<Throwable> thrown = new ArrayList<>();
        try (LogCapture log = new LogCapture()) {
            String uri = "redis://captcha:not-" + ENCODED + "@127.0.0.1:" + redis.port();
            RedisStoreLog.deployed(TestStore.settings(RedisConfigKeys.URI, uri));
            try (TestStore test = TestStore.on(uri)) {
                thrown.add(assertThrows(RuntimeException.class, () -> test.store.putIfAbsent("k", MINUTE)));
            }
            try (TestStore test =
                    TestStore.on("redis://127.0.0.1:" + redis.port(), RedisConfigKeys.PASSWORD, "not-" + PASSWORD)) {
                thrown.add(assertThrows(RuntimeException.class, () -> test.store.count("k")));
            }
            try (TestStore test = TestStore.on("redis://captcha:" + ENCODED + "@127.0.0.1:" + redis.port())) {
                test.store.putIfAbsent("ok", MINUTE);
            }
            List<String> messages = log.messages();
            assertTrue(messages.stream().anyMatch(m -> m.contains("CAPTCHA-I301")), messages::toString);
            assertTrue(messages.stream().anyMatch(m -> m.contains("CAPTCHA-E301")), messages::toString);
            assertTrue(messages.stream().anyMatch(m -> m.contains("CAPTCHA-I302")), messages::toString);
            for (String message : messages) {
                assertNoSecret(message);
            }
        }
        for (Throwable failure : thrown) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertNoSecret(t.toString());
            }
        }
    }

    private static void assertNoSecret(String text) {
        for (String secret : List.of(PASSWORD, ENCODED, "W0rd", ADMIN_PASSWORD)) {
            assertFalse(text.contains(secret), text);
        }
    }

    private static void assertUnavailableEverywhere(RedisStateStore store) {
        assertThrows(StateStoreUnavailableException.class, () -> store.putIfAbsent("replay:x", MINUTE));
        assertThrows(StateStoreUnavailableException.class, () -> store.increment("fail:x", MINUTE));
        assertThrows(StateStoreUnavailableException.class, () -> store.count("fail:x"));
        assertThrows(StateStoreUnavailableException.class, () -> store.remove("fail:x"));
    }
}
