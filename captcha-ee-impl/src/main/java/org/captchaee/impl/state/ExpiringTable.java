package org.captchaee.impl.state;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * A bounded map from 128-bit key digests to small counters that expire: the memory behind the in-memory state store.
 *
 * <p>It is split into independently locked segments, each an open-addressing table of primitive arrays (two longs of
 * digest, one long of expiry, one int of value: 28 bytes a slot, no object per entry), grown by doubling up to the
 * segment's share of the maximum. A full segment first drops its expired entries; if it is still full, it drops the
 * live entries that would expire soonest, down to seven eighths of its share. So a flood of distinct keys cannot grow
 * memory, and what it pushes out is what had the least time left anyway.
 */
final class ExpiringTable {

    private static final int SEGMENTS = 64;
    private static final int MIN_SLOTS = 16;
    private static final long EMPTY = 0;

    private final Segment[] segments = new Segment[SEGMENTS];
    private final LongSupplier millis;

    /**
     * Creates a table.
     *
     * @param maxEntries the entries to make room for (up to a sixteenth more are kept); at least {@value #SEGMENTS}
     * @param millis a monotonic clock in milliseconds that never returns less than 1
     * @param onEviction told each time live entries are dropped to make room
     */
    ExpiringTable(int maxEntries, LongSupplier millis, Runnable onEviction) {
        if (maxEntries < SEGMENTS) {
            throw new IllegalArgumentException("maxEntries must be at least " + SEGMENTS + ", not " + maxEntries);
        }
        // keys spread over the segments unevenly: a sixteenth of slack lets the table hold maxEntries keys in practice
        int perSegment = (int) ((maxEntries * 17L / 16 + SEGMENTS - 1) / SEGMENTS);
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new Segment(perSegment, onEviction);
        }
        this.millis = millis;
    }

    /** Marks a key unless a live entry holds it; returns whether this call marked it. */
    boolean putIfAbsent(long hi, long lo, long ttlMillis) {
        Segment segment = segmentOf(hi);
        synchronized (segment) {
            long now = millis.getAsLong();
            int slot = segment.find(hi, lo, now);
            if (slot >= 0) {
                return false;
            }
            segment.insert(hi, lo, now + ttlMillis, 1, now);
            return true;
        }
    }

    /** Adds one to a live counter, or starts one at 1 with the given time to live; returns the new value. */
    long increment(long hi, long lo, long ttlMillis) {
        Segment segment = segmentOf(hi);
        synchronized (segment) {
            long now = millis.getAsLong();
            int slot = segment.find(hi, lo, now);
            if (slot >= 0) {
                int value = segment.values[slot];
                if (value < Integer.MAX_VALUE) {
                    segment.values[slot] = value + 1;
                }
                return segment.values[slot];
            }
            segment.insert(hi, lo, now + ttlMillis, 1, now);
            return 1;
        }
    }

    /** The value of a live entry, or 0. */
    long count(long hi, long lo) {
        Segment segment = segmentOf(hi);
        synchronized (segment) {
            int slot = segment.find(hi, lo, millis.getAsLong());
            return slot >= 0 ? segment.values[slot] : 0;
        }
    }

    /** Forgets a key. */
    void remove(long hi, long lo) {
        Segment segment = segmentOf(hi);
        synchronized (segment) {
            int slot = segment.find(hi, lo, millis.getAsLong());
            if (slot >= 0) {
                segment.delete(slot);
            }
        }
    }

    /** The number of entries held, expired ones not yet dropped included; for tests. */
    int size() {
        int size = 0;
        for (Segment segment : segments) {
            synchronized (segment) {
                size += segment.size;
            }
        }
        return size;
    }

    private Segment segmentOf(long hi) {
        return segments[(int) (hi >>> 58)];
    }

    /** One open-addressing table with linear probing; every method runs under the segment's lock. */
    private static final class Segment {
        private final int maxEntries;
        private final int maxSlots;
        private final Runnable onEviction;
        private long[] his = new long[MIN_SLOTS];
        private long[] los = new long[MIN_SLOTS];
        private long[] expiries = new long[MIN_SLOTS];
        private int[] values = new int[MIN_SLOTS];
        private int size;

        Segment(int maxEntries, Runnable onEviction) {
            this.maxEntries = maxEntries;
            this.maxSlots = Math.max(MIN_SLOTS, Integer.highestOneBit(Math.max(1, maxEntries * 4 / 3 - 1)) << 1);
            this.onEviction = onEviction;
        }

        /** The slot of a live entry for the key, or -1; an expired entry for the key is dropped on the way. */
        int find(long hi, long lo, long now) {
            int mask = his.length - 1;
            for (int slot = home(lo, mask); expiries[slot] != EMPTY; slot = (slot + 1) & mask) {
                if (his[slot] == hi && los[slot] == lo) {
                    if (expiries[slot] > now) {
                        return slot;
                    }
                    delete(slot);
                    return -1;
                }
            }
            return -1;
        }

        /** Adds an entry for a key known to be absent. */
        void insert(long hi, long lo, long expiry, int value, long now) {
            if (size + 1 > maxEntries || size + 1 > his.length * 3L / 4) {
                makeRoom(now);
            }
            place(hi, lo, expiry, value);
            size++;
        }

        /**
         * Drops expired entries and grows the table; at the maximum, also drops the live entries that expire soonest,
         * down to seven eighths of the maximum, so that the next eighth of inserts need no such pass.
         */
        private void makeRoom(long now) {
            int live = countLive(now);
            long keepAfter = now;
            int target = maxEntries - Math.max(1, maxEntries / 8);
            if (live + 1 > maxEntries && live > target) {
                keepAfter = expiryOfSoonest(live - target, now) + 1;
                onEviction.run();
            }
            int slots = MIN_SLOTS;
            while (Math.min(live + 1, maxEntries) > slots * 3L / 4 && slots < maxSlots) {
                slots <<= 1;
            }
            rebuild(Math.max(slots, his.length), now, keepAfter);
        }

        private int countLive(long now) {
            int live = 0;
            for (long expiry : expiries) {
                if (expiry > now) {
                    live++;
                }
            }
            return live;
        }

        /** The expiry of the {@code count}-th live entry in order of expiry. */
        private long expiryOfSoonest(int count, long now) {
            long[] live = Arrays.stream(expiries)
                    .filter(expiry -> expiry > now)
                    .sorted()
                    .toArray();
            return live[count - 1];
        }

        /** Rehashes into a table of the given number of slots, keeping live entries that expire at or after a time. */
        private void rebuild(int slots, long now, long keepAfter) {
            long[] oldHis = his;
            long[] oldLos = los;
            long[] oldExpiries = expiries;
            int[] oldValues = values;
            his = new long[slots];
            los = new long[slots];
            expiries = new long[slots];
            values = new int[slots];
            size = 0;
            for (int i = 0; i < oldExpiries.length; i++) {
                if (oldExpiries[i] > now && oldExpiries[i] >= keepAfter) {
                    place(oldHis[i], oldLos[i], oldExpiries[i], oldValues[i]);
                    size++;
                }
            }
        }

        private void place(long hi, long lo, long expiry, int value) {
            int mask = his.length - 1;
            int slot = home(lo, mask);
            while (expiries[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            his[slot] = hi;
            los[slot] = lo;
            expiries[slot] = expiry;
            values[slot] = value;
        }

        /** Removes the entry in a slot and shifts back the entries of its probe run (no tombstones). */
        void delete(int slot) {
            int mask = his.length - 1;
            int hole = slot;
            for (int next = (hole + 1) & mask; expiries[next] != EMPTY; next = (next + 1) & mask) {
                int home = home(los[next], mask);
                boolean movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
                if (movable) {
                    his[hole] = his[next];
                    los[hole] = los[next];
                    expiries[hole] = expiries[next];
                    values[hole] = values[next];
                    hole = next;
                }
            }
            expiries[hole] = EMPTY;
            size--;
        }

        private static int home(long lo, int mask) {
            return (int) lo & mask;
        }
    }
}
