package org.captchaee.impl.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class InMemoryStateStoreTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final AtomicLong millis = new AtomicLong(1);
    private final InMemoryStateStore store = new InMemoryStateStore(1_000, millis::get);

    @Test
    void putIfAbsent_marksOnce_untilTheMarkExpires() {
        assertTrue(store.putIfAbsent("a", MINUTE));
        assertFalse(store.putIfAbsent("a", MINUTE));
        assertTrue(store.putIfAbsent("b", MINUTE));

        millis.addAndGet(MINUTE.toMillis() - 1);
        assertFalse(store.putIfAbsent("a", MINUTE), "still live one millisecond before the end");
        millis.addAndGet(1);
        assertTrue(store.putIfAbsent("a", MINUTE), "expired");
    }

    @Test
    void counters_countWithinAFixedWindow() {
        assertEquals(0, store.count("c"));
        assertEquals(1, store.increment("c", MINUTE));
        millis.addAndGet(30_000);
        assertEquals(2, store.increment("c", MINUTE));
        assertEquals(2, store.count("c"));
        millis.addAndGet(30_000);
        assertEquals(0, store.count("c"), "later increments do not extend the window");
        assertEquals(1, store.increment("c", MINUTE));
    }

    @Test
    void remove_forgetsMarksAndCounters() {
        store.putIfAbsent("m", MINUTE);
        store.increment("n", MINUTE);
        store.remove("m");
        store.remove("n");
        store.remove("never-there");
        assertTrue(store.putIfAbsent("m", MINUTE));
        assertEquals(0, store.count("n"));
        assertEquals(1, store.count("m"), "a mark counts as one");
    }

    @Test
    void aFloodOfDistinctKeys_staysWithinTheMaximum_andForgetsWhatExpiresFirst() {
        ExpiringTable table = new ExpiringTable(1_000, millis::get, () -> {});
        // a long-lived entry per segment position, then a flood of short-lived ones
        KeyDigest keeper = KeyDigest.of("keeper");
        table.putIfAbsent(keeper.hi(), keeper.lo(), Duration.ofHours(1).toMillis());
        for (int i = 0; i < 200_000; i++) {
            KeyDigest flood = KeyDigest.of("flood-" + i);
            table.putIfAbsent(flood.hi(), flood.lo(), 60_000 + i);
            assertTrue(table.size() <= 1_000 * 17 / 16 + 64, "size " + table.size() + " after " + i);
        }
        assertEquals(1, table.count(keeper.hi(), keeper.lo()), "the entry that expires last is kept");
        KeyDigest recent = KeyDigest.of("flood-199999");
        assertEquals(1, table.count(recent.hi(), recent.lo()), "the newest entry is kept");
    }

    @Test
    void expiredEntries_makeRoomBeforeLiveOnesAreForgotten() {
        AtomicLong evictions = new AtomicLong();
        ExpiringTable table = new ExpiringTable(1_000, millis::get, evictions::incrementAndGet);
        // each round fills about a quarter of the maximum (each of the 64 segments holds at most 17 here)
        for (int round = 0; round < 50; round++) {
            for (int i = 0; i < 250; i++) {
                KeyDigest key = KeyDigest.of(round + "-" + i);
                table.putIfAbsent(key.hi(), key.lo(), 1_000);
            }
            millis.addAndGet(1_001);
        }
        assertEquals(0, evictions.get(), "no live entry was forgotten while expired ones could go");
    }

    @Test
    void removingFromProbeRuns_keepsEveryOtherKeyFindable() {
        ExpiringTable table = new ExpiringTable(64 * 64, millis::get, () -> {});
        List<KeyDigest> keys = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            KeyDigest key = KeyDigest.of("k" + i);
            keys.add(key);
            table.putIfAbsent(key.hi(), key.lo(), 60_000);
        }
        for (int i = 0; i < keys.size(); i += 3) {
            table.remove(keys.get(i).hi(), keys.get(i).lo());
        }
        for (int i = 0; i < keys.size(); i++) {
            long expected = i % 3 == 0 ? 0 : 1;
            assertEquals(expected, table.count(keys.get(i).hi(), keys.get(i).lo()), "key " + i);
        }
    }

    @Test
    void concurrentPutIfAbsent_hasExactlyOneWinnerPerKey() throws Exception {
        InMemoryStateStore shared = new InMemoryStateStore(100_000, millis::get);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                tasks.add(() -> {
                    int wins = 0;
                    for (int i = 0; i < 10_000; i++) {
                        if (shared.putIfAbsent("key-" + i, MINUTE)) {
                            wins++;
                        }
                    }
                    return wins;
                });
            }
            int wins = 0;
            for (Future<Integer> result : pool.invokeAll(tasks)) {
                wins += result.get();
            }
            assertEquals(10_000, wins);
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void concurrentIncrements_areNotLost() throws Exception {
        InMemoryStateStore shared = new InMemoryStateStore(1_000, millis::get);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                tasks.add(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        shared.increment("counter", MINUTE);
                    }
                    return null;
                });
            }
            for (Future<Void> result : pool.invokeAll(tasks)) {
                result.get();
            }
            assertEquals(20_000, shared.count("counter"));
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void timeToLive_mustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> store.putIfAbsent("a", Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> store.increment("a", Duration.ofSeconds(-1)));
        assertTrue(store.putIfAbsent("a", Duration.ofDays(100_000)), "a huge ttl is capped, not an overflow");
    }
}
