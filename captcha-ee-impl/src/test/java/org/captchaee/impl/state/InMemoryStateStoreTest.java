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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.captchaee.spi.StateStoreFullException;
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
    void aFloodAimedAtOneSegment_neverForgetsALiveMarkOrCounter() {
        AtomicInteger fullWarnings = new AtomicInteger();
        InMemoryStateStore small = new InMemoryStateStore(1_000, millis::get, fullWarnings::incrementAndGet);
        String counter = "adaptive:failures:key:alice";
        small.increment(counter, MINUTE);
        small.increment(counter, MINUTE);
        String mark = keysInSegmentOf(counter, "replay:image:", 1).get(0);
        assertTrue(small.putIfAbsent(mark, MINUTE));

        int accepted = 0;
        int refused = 0;
        for (String flood : keysInSegmentOf(counter, "sms:phone:+1555", 5_000)) {
            try {
                small.putIfAbsent(flood, Duration.ofMinutes(10));
                accepted++;
            } catch (StateStoreFullException e) {
                refused++;
            }
        }

        assertEquals(2, small.count(counter), "the counter survives");
        assertFalse(small.putIfAbsent(mark, MINUTE), "the spent mark survives");
        assertEquals(1_000 - 2, accepted, "the segment took the whole table's room, not its share");
        assertEquals(5_000 - accepted, refused);
        assertEquals(refused, fullWarnings.get());
    }

    @Test
    void aFullStore_refusesNewKeys_andKeepsServingTheOnesItHolds() {
        AtomicInteger fullWarnings = new AtomicInteger();
        InMemoryStateStore small = new InMemoryStateStore(1_000, millis::get, fullWarnings::incrementAndGet);
        small.increment("counter", MINUTE);
        small.putIfAbsent("mark", MINUTE);
        small.putIfAbsent("gone", MINUTE);
        for (int i = 0; i < 997; i++) {
            small.putIfAbsent("filler-" + i, MINUTE);
        }

        assertThrows(StateStoreFullException.class, () -> small.putIfAbsent("new", MINUTE));
        assertThrows(StateStoreFullException.class, () -> small.increment("new", MINUTE));
        assertEquals(2, fullWarnings.get());
        assertEquals(2, small.increment("counter", MINUTE), "a live counter still counts");
        assertEquals(2, small.count("counter"));
        assertFalse(small.putIfAbsent("mark", MINUTE), "a live mark still answers");
        assertEquals(0, small.count("new"));

        small.remove("gone");
        assertTrue(small.putIfAbsent("new", MINUTE), "a removal makes room");
        assertEquals(2, fullWarnings.get(), "reads, updates and removals never hit the bound");
    }

    @Test
    void aFullStore_warnsOnceAMinute_sayingWhatHappensAndTheFix() {
        Logger logger = Logger.getLogger(InMemoryStateStore.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try {
            InMemoryStateStore small = new InMemoryStateStore(1_000, millis::get);
            for (int i = 0; i < 1_003; i++) {
                try {
                    small.putIfAbsent("key-" + i, MINUTE);
                } catch (StateStoreFullException e) {
                    // expected for the last three
                }
            }
        } finally {
            logger.removeHandler(handler);
        }
        assertEquals(1, records.size(), "three refusals, one warning");
        String message = records.get(0).getMessage();
        assertEquals(Level.WARNING, records.get(0).getLevel());
        assertTrue(message.startsWith("CAPTCHA-W003 "), message);
        assertTrue(message.contains("refuses new entries"), message);
        assertTrue(message.contains("Fix: raise captcha.store.max-entries"), message);
    }

    @Test
    void expiredEntries_makeRoomAgain() {
        InMemoryStateStore small = new InMemoryStateStore(1_000, millis::get, () -> {});
        for (int i = 0; i < 1_000; i++) {
            small.putIfAbsent("old-" + i, Duration.ofSeconds(1));
        }
        assertThrows(StateStoreFullException.class, () -> small.putIfAbsent("new", MINUTE));

        millis.addAndGet(1_000);
        for (int i = 0; i < 1_000; i++) {
            assertTrue(small.putIfAbsent("new-" + i, MINUTE), "key " + i);
        }
    }

    @Test
    void expiredEntries_goBeforeANewKeyIsRefused() {
        AtomicLong refusals = new AtomicLong();
        ExpiringTable table = new ExpiringTable(1_000, millis::get, refusals::incrementAndGet);
        // each round fills a quarter of the maximum, all of it expired by the next round
        for (int round = 0; round < 50; round++) {
            for (int i = 0; i < 250; i++) {
                KeyDigest key = KeyDigest.of(round + "-" + i);
                table.putIfAbsent(key.hi(), key.lo(), 1_000);
            }
            assertTrue(table.size() <= 1_000, "size " + table.size());
            millis.addAndGet(1_001);
        }
        assertEquals(0, refusals.get());
    }

    @Test
    void floodsAimedAtOneSegmentAfterAnother_keepMemoryBoundedByTheMaximum() {
        ExpiringTable table = new ExpiringTable(1_000, millis::get, () -> {});
        long bound = 4 * 1_000 + 64 * ExpiringSegment.MIN_SLOTS;
        for (int segment = 0; segment < 8; segment++) {
            List<String> keys = keysInSegment(segment, "flood-", 1_000);
            for (String key : keys) {
                KeyDigest digest = KeyDigest.of(key);
                table.putIfAbsent(digest.hi(), digest.lo(), 1_000);
                assertTrue(table.slots() <= bound, "slots " + table.slots());
            }
            // half of them removed, the rest left to expire: neither may leave a large segment behind
            for (String key : keys.subList(0, 500)) {
                KeyDigest digest = KeyDigest.of(key);
                table.remove(digest.hi(), digest.lo());
                assertTrue(table.slots() <= bound, "slots " + table.slots());
            }
            millis.addAndGet(1_001);
        }
        assertTrue(table.size() <= 1_000, "size " + table.size());
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
    void concurrentNewKeys_fillTheStoreToExactlyItsMaximum() throws Exception {
        InMemoryStateStore small = new InMemoryStateStore(1_000, millis::get, () -> {});
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String prefix = "thread-" + t + "-";
                tasks.add(() -> {
                    int kept = 0;
                    for (int i = 0; i < 1_000; i++) {
                        try {
                            small.putIfAbsent(prefix + i, MINUTE);
                            kept++;
                        } catch (StateStoreFullException e) {
                            // the other threads took the room
                        }
                    }
                    return kept;
                });
            }
            int kept = 0;
            for (Future<Integer> result : pool.invokeAll(tasks)) {
                kept += result.get();
            }
            assertEquals(1_000, kept);
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

    /** Keys whose digests fall in the segment of a given key, as a client who knows the digest could choose them. */
    private static List<String> keysInSegmentOf(String key, String prefix, int count) {
        return keysInSegment(ExpiringTable.segmentIndex(KeyDigest.of(key).hi()), prefix, count);
    }

    private static List<String> keysInSegment(int segment, String prefix, int count) {
        List<String> keys = new ArrayList<>(count);
        for (int i = 0; keys.size() < count; i++) {
            String key = prefix + i;
            if (ExpiringTable.segmentIndex(KeyDigest.of(key).hi()) == segment) {
                keys.add(key);
            }
        }
        return keys;
    }
}
