package org.captchaee.impl.state;

import java.util.function.LongSupplier;

import org.captchaee.spi.StateStoreFullException;

/**
 * A bounded map from 128-bit key digests to small counters that expire: the memory behind the in-memory state store.
 *
 * <p>It is split into {@value #SEGMENTS} independently locked {@linkplain ExpiringSegment segments} of primitive arrays
 * that share one {@linkplain EntryBudget budget} of entries, so the bound holds for the whole table: a segment that
 * draws more keys than others, by chance or because a client chose keys that land there, grows into the room the
 * others leave. A live entry is never dropped to make room. When the table holds its maximum, a new key first makes
 * the segments drop their expired entries; if none has expired, the new key is refused with
 * {@link StateStoreFullException}, while reads, removals and updates of live entries go on.
 *
 * <p>Memory: 28 bytes a slot, at most four slots per entry of the maximum plus {@value ExpiringSegment#MIN_SLOTS} per
 * segment: 112 bytes per entry of the maximum at worst, 37 to 75 when full of evenly spread keys (59 for a million).
 */
final class ExpiringTable {

    /** The largest maximum: one segment may have to hold every entry, in at most 2^30 slots. */
    static final int MAX_ENTRIES = 1 << 29;

    private static final int SEGMENTS = 64;
    private static final long NO_ROOM = -1;

    private final ExpiringSegment[] segments = new ExpiringSegment[SEGMENTS];
    private final EntryBudget budget;
    private final LongSupplier millis;
    private final Runnable onFull;

    /**
     * Creates a table.
     *
     * @param maxEntries the most entries held, expired ones not yet dropped included; from 1 to {@link #MAX_ENTRIES}
     * @param millis a monotonic clock in milliseconds that never returns less than 1
     * @param onFull told each time a new key is refused because the table is full
     */
    ExpiringTable(int maxEntries, LongSupplier millis, Runnable onFull) {
        if (maxEntries < 1 || maxEntries > MAX_ENTRIES) {
            throw new IllegalArgumentException("maxEntries must be from 1 to " + MAX_ENTRIES + ", not " + maxEntries);
        }
        this.budget = new EntryBudget(maxEntries);
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new ExpiringSegment(budget);
        }
        this.millis = millis;
        this.onFull = onFull;
    }

    /**
     * Marks a key unless a live entry holds it; returns whether this call marked it.
     *
     * @throws StateStoreFullException if no live entry holds the key and the table has no room for one
     */
    boolean putIfAbsent(long hi, long lo, long ttlMillis) {
        return upsert(hi, lo, ttlMillis, false) != 0;
    }

    /**
     * Adds one to a live counter, or starts one at 1 with the given time to live; returns the new value.
     *
     * @throws StateStoreFullException if no live counter holds the key and the table has no room for one
     */
    long increment(long hi, long lo, long ttlMillis) {
        return upsert(hi, lo, ttlMillis, true);
    }

    /** The value of a live entry, or 0. */
    long count(long hi, long lo) {
        ExpiringSegment segment = segmentOf(hi);
        synchronized (segment) {
            int slot = segment.find(hi, lo, millis.getAsLong());
            return slot >= 0 ? segment.value(slot) : 0;
        }
    }

    /** Forgets a key. */
    void remove(long hi, long lo) {
        ExpiringSegment segment = segmentOf(hi);
        synchronized (segment) {
            segment.remove(hi, lo, millis.getAsLong());
        }
    }

    /** The number of entries held, expired ones not yet dropped included; for tests. */
    int size() {
        int size = 0;
        for (ExpiringSegment segment : segments) {
            synchronized (segment) {
                size += segment.size();
            }
        }
        return size;
    }

    /** The number of slots allocated; for tests. */
    long slots() {
        long slots = 0;
        for (ExpiringSegment segment : segments) {
            synchronized (segment) {
                slots += segment.slots();
            }
        }
        return slots;
    }

    /** The segment a digest belongs to. */
    static int segmentIndex(long hi) {
        return (int) (hi >>> 58);
    }

    /** The new value of the entry, 1 if this call created it, or 0 if it was live and not to be counted. */
    private long upsert(long hi, long lo, long ttlMillis, boolean countUp) {
        ExpiringSegment segment = segmentOf(hi);
        long result = tryUpsert(segment, hi, lo, ttlMillis, countUp);
        if (result == NO_ROOM) {
            // outside the segment's lock: a purge takes the other segments' locks one at a time
            dropExpired();
            result = tryUpsert(segment, hi, lo, ttlMillis, countUp);
        }
        if (result == NO_ROOM) {
            onFull.run();
            throw new StateStoreFullException("the in-memory captcha state store holds its maximum of "
                    + budget.maxEntries() + " live entries and refuses new keys until some expire");
        }
        return result;
    }

    private long tryUpsert(ExpiringSegment segment, long hi, long lo, long ttlMillis, boolean countUp) {
        synchronized (segment) {
            long now = millis.getAsLong();
            int slot = segment.find(hi, lo, now);
            if (slot >= 0) {
                return countUp ? segment.increment(slot) : 0;
            }
            return segment.tryInsert(hi, lo, now + ttlMillis, now) ? 1 : NO_ROOM;
        }
    }

    /** Purges the segments that may hold expired entries, one lock at a time. */
    private void dropExpired() {
        long now = millis.getAsLong();
        for (ExpiringSegment segment : segments) {
            if (segment.mayHoldExpired(now)) {
                synchronized (segment) {
                    segment.purge(millis.getAsLong());
                }
            }
        }
    }

    private ExpiringSegment segmentOf(long hi) {
        return segments[segmentIndex(hi)];
    }
}
