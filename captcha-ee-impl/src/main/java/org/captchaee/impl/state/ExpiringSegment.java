package org.captchaee.impl.state;

/**
 * One independently locked part of an {@link ExpiringTable}: an open-addressing table with linear probing over primitive
 * arrays (two longs of digest, one long of expiry, one int of value: 28 bytes a slot, no object per entry). Every
 * method except {@link #mayHoldExpired} runs under the segment's lock.
 *
 * <p>Room for entries comes from the table's shared {@link EntryBudget}, so a segment may hold anything from none to
 * all of the table's entries. Its arrays follow what it holds: they double when three quarters of the slots are used
 * and halve when less than a quarter are, so a segment never has more than four slots per entry held (or its minimum
 * of {@value #MIN_SLOTS}). A live entry is only ever dropped by {@link #remove}; expired ones go whenever the arrays
 * are rebuilt or {@linkplain #purge purged}.
 */
final class ExpiringSegment {

    static final int MIN_SLOTS = 16;
    private static final long EMPTY = 0;

    private final EntryBudget budget;
    private long[] his = new long[MIN_SLOTS];
    private long[] los = new long[MIN_SLOTS];
    private long[] expiries = new long[MIN_SLOTS];
    private int[] values = new int[MIN_SLOTS];
    private int size;
    // no entry expires before this; exact after a rebuild or purge, a lower bound otherwise; read without the lock
    private volatile long earliestExpiry = Long.MAX_VALUE;

    ExpiringSegment(EntryBudget budget) {
        this.budget = budget;
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
                shrinkIfSparse(now);
                return -1;
            }
        }
        return -1;
    }

    /** The value in a slot. */
    int value(int slot) {
        return values[slot];
    }

    /** Adds one to the value in a slot (it stops at {@link Integer#MAX_VALUE}); returns the new value. */
    int increment(int slot) {
        if (values[slot] < Integer.MAX_VALUE) {
            values[slot]++;
        }
        return values[slot];
    }

    /**
     * Adds an entry with value 1 for a key known to be absent, if the table's budget has room for it; returns whether
     * it was added.
     */
    boolean tryInsert(long hi, long lo, long expiry, long now) {
        if (!budget.tryTake()) {
            return false;
        }
        if (size + 1 > his.length * 3L / 4) {
            rebuild(now, 1);
        }
        place(hi, lo, expiry, 1);
        size++;
        if (expiry < earliestExpiry) {
            earliestExpiry = expiry;
        }
        return true;
    }

    /** Forgets the key's entry, if any. */
    void remove(long hi, long lo, long now) {
        int slot = find(hi, lo, now);
        if (slot >= 0) {
            delete(slot);
            shrinkIfSparse(now);
        }
    }

    /** Whether an entry may have expired by now; a cheap check without the lock, before {@link #purge}. */
    boolean mayHoldExpired(long now) {
        return earliestExpiry <= now;
    }

    /** Drops every expired entry in place, giving their room back to the table. */
    void purge(long now) {
        long earliest = Long.MAX_VALUE;
        for (int slot = 0; slot < expiries.length; slot++) {
            // a deletion moves a later entry of the probe run into this slot: look at it again
            while (expiries[slot] != EMPTY && expiries[slot] <= now) {
                delete(slot);
            }
            if (expiries[slot] != EMPTY) {
                earliest = Math.min(earliest, expiries[slot]);
            }
        }
        earliestExpiry = earliest;
        shrinkIfSparse(now);
    }

    /** The entries held, expired ones not yet dropped included. */
    int size() {
        return size;
    }

    /** The slots allocated. */
    int slots() {
        return his.length;
    }

    private void shrinkIfSparse(long now) {
        if (his.length > MIN_SLOTS && size < his.length / 4) {
            rebuild(now, 0);
        }
    }

    /** Rehashes the live entries into arrays sized for them plus {@code extra}, dropping the expired ones. */
    private void rebuild(long now, int extra) {
        long[] oldHis = his;
        long[] oldLos = los;
        long[] oldExpiries = expiries;
        int[] oldValues = values;
        int slots = slotsFor(countLive(now) + extra);
        his = new long[slots];
        los = new long[slots];
        expiries = new long[slots];
        values = new int[slots];
        int held = size;
        size = 0;
        long earliest = Long.MAX_VALUE;
        for (int i = 0; i < oldExpiries.length; i++) {
            if (oldExpiries[i] > now) {
                place(oldHis[i], oldLos[i], oldExpiries[i], oldValues[i]);
                size++;
                earliest = Math.min(earliest, oldExpiries[i]);
            }
        }
        budget.giveBack(held - size);
        earliestExpiry = earliest;
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

    /** The fewest slots, a power of two, in which {@code entries} fill at most half: between a quarter and a half. */
    private static int slotsFor(int entries) {
        return Math.max(MIN_SLOTS, Integer.highestOneBit(Math.max(1, entries * 2 - 1)) << 1);
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

    /** Removes the entry in a slot, shifts back the entries of its probe run (no tombstones), gives its room back. */
    private void delete(int slot) {
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
        budget.giveBack(1);
    }

    private static int home(long lo, int mask) {
        return (int) lo & mask;
    }
}
