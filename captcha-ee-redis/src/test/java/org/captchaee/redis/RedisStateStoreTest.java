package org.captchaee.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisStateStoreTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final AtomicInteger KEYS = new AtomicInteger();

    private static RedisServerProcess redis;
    private static TestStore test;
    private static RedisStateStore store;

    @BeforeAll
    static void startRedis() {
        redis = RedisServerProcess.start(RedisServerProcess.freePort());
        test = TestStore.on(redis.uri());
        store = test.store;
    }

    @AfterAll
    static void stopRedis() {
        test.close();
        redis.close();
    }

    @Test
    void ping_isARealPing_thatWritesNothing() {
        String keysBefore = redis.command("DBSIZE");
        long pingsBefore = pings();
        store.ping();
        assertEquals(pingsBefore + 1, pings());
        assertEquals(keysBefore, redis.command("DBSIZE"));
    }

    /** The PING commands Redis has served, from {@code INFO commandstats}: {@code cmdstat_ping:calls=3,...}. */
    private static long pings() {
        Matcher calls = Pattern.compile("cmdstat_ping:calls=(\\d+)").matcher(redis.command("INFO", "commandstats"));
        return calls.find() ? Long.parseLong(calls.group(1)) : 0;
    }

    @Test
    void putIfAbsent_marksOnce_withTheTimeToLive() {
        String key = key();
        assertTrue(store.putIfAbsent(key, MINUTE));
        assertFalse(store.putIfAbsent(key, MINUTE));
        assertEquals("1", redis.command("GET", "captcha:" + key));
        assertBetween(MINUTE.toMillis() - 5_000, MINUTE.toMillis(), pttl(key));
    }

    @Test
    void increment_countsInAFixedWindow_thatLaterIncrementsDoNotExtend() {
        String key = key();
        assertEquals(1, store.increment(key, MINUTE));
        assertEquals(2, store.increment(key, Duration.ofHours(1)));
        assertEquals(3, store.increment(key, Duration.ofHours(1)));
        assertBetween(MINUTE.toMillis() - 5_000, MINUTE.toMillis(), pttl(key));
    }

    @Test
    void increment_givesACounterLeftWithoutTimeToLiveOne() {
        String key = key();
        redis.command("SET", "captcha:" + key, "5");
        assertEquals(-1, pttl(key));
        assertEquals(6, store.increment(key, MINUTE));
        assertBetween(MINUTE.toMillis() - 5_000, MINUTE.toMillis(), pttl(key));
    }

    @Test
    void increment_startsANewWindowAfterTheOldOneExpired() throws InterruptedException {
        String key = key();
        store.increment(key, Duration.ofMillis(50));
        store.increment(key, Duration.ofMillis(50));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (store.count(key) != 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, store.increment(key, MINUTE));
    }

    @Test
    void count_readsMarksAndCounters_andZeroWhenAbsent() {
        String mark = key();
        String counter = key();
        store.putIfAbsent(mark, MINUTE);
        store.increment(counter, MINUTE);
        store.increment(counter, MINUTE);
        assertEquals(1, store.count(mark));
        assertEquals(2, store.count(counter));
        assertEquals(0, store.count(key()));
    }

    @Test
    void remove_forgetsMarksAndCounters_andIgnoresAbsentKeys() {
        String mark = key();
        store.putIfAbsent(mark, MINUTE);
        store.remove(mark);
        store.remove(key());
        assertEquals(0, store.count(mark));
        assertTrue(store.putIfAbsent(mark, MINUTE));
    }

    @Test
    void keys_getTheConfiguredPrefix() {
        try (TestStore prefixed = TestStore.on(redis.uri(), RedisConfigKeys.KEY_PREFIX, "app1:cap:")) {
            String key = key();
            prefixed.store.putIfAbsent(key, MINUTE);
            assertEquals("1", redis.command("GET", "app1:cap:" + key));
            assertEquals(0, store.count(key), "another prefix, another key");
        }
    }

    @Test
    void timeToLive_mustBePositive_andIsCappedAt366Days() {
        assertThrows(IllegalArgumentException.class, () -> store.putIfAbsent(key(), Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> store.increment(key(), Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> store.putIfAbsent(key(), null));
        String key = key();
        store.putIfAbsent(key, Duration.ofDays(5000));
        assertBetween(Duration.ofDays(365).toMillis(), Duration.ofDays(366).toMillis(), pttl(key));
        String tiny = key();
        assertTrue(store.putIfAbsent(tiny, Duration.ofNanos(1)), "rounded up to 1 ms, not an error");
    }

    @Test
    void increment_isAtomic_under8Threads() throws Exception {
        String key = key();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            tasks.add(() -> {
                for (int i = 0; i < 500; i++) {
                    store.increment(key, MINUTE);
                }
                return null;
            });
        }
        runAll(tasks);
        assertEquals(4000, store.count(key));
        assertTrue(pttl(key) > 0);
    }

    @Test
    void putIfAbsent_letsExactlyOneOf8RacingThreadsWin() throws Exception {
        for (int round = 0; round < 20; round++) {
            String key = key();
            AtomicInteger winners = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                tasks.add(() -> {
                    start.await(5, TimeUnit.SECONDS);
                    if (store.putIfAbsent(key, MINUTE)) {
                        winners.incrementAndGet();
                    }
                    return null;
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Void>> futures = new ArrayList<>();
                tasks.forEach(task -> futures.add(pool.submit(task)));
                start.countDown();
                for (Future<Void> future : futures) {
                    future.get(10, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, winners.get(), "round " + round);
        }
    }

    @Test
    void increment_stillWorksAfterScriptFlush() {
        String key = key();
        store.increment(key, MINUTE);
        assertEquals("1", redis.command("SCRIPT", "EXISTS", IncrementScript.SHA1));
        assertEquals("OK", redis.command("SCRIPT", "FLUSH"));
        assertEquals("0", redis.command("SCRIPT", "EXISTS", IncrementScript.SHA1));
        assertEquals(2, store.increment(key, MINUTE));
        assertEquals("1", redis.command("SCRIPT", "EXISTS", IncrementScript.SHA1), "EVAL cached it again");
    }

    @Test
    void scriptDigest_isTheOneRedisComputes() {
        assertEquals(IncrementScript.SHA1, redis.command("SCRIPT", "LOAD", IncrementScript.SOURCE));
    }

    private static long pttl(String key) {
        return Long.parseLong(redis.command("PTTL", "captcha:" + key));
    }

    private static String key() {
        return "test:" + KEYS.incrementAndGet();
    }

    private static void assertBetween(long min, long max, long actual) {
        assertTrue(actual >= min && actual <= max, actual + " is not within [" + min + ", " + max + "]");
    }

    private static void runAll(List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            for (Future<Void> future : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
