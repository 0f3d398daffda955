package org.captchaee.impl.state;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The entries a whole {@link ExpiringTable} may hold, shared by its segments: an insert into any segment takes one, a
 * dropped entry gives it back. So the bound is global, and a flood aimed at one segment can fill that segment with the
 * whole table's room instead of being refused at its share.
 */
final class EntryBudget {

    private final int maxEntries;
    private final AtomicInteger held = new AtomicInteger();

    EntryBudget(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** Takes room for one entry unless the table holds the maximum already; returns whether it took it. */
    boolean tryTake() {
        return held.getAndUpdate(current -> current < maxEntries ? current + 1 : current) < maxEntries;
    }

    /** Gives back the room of dropped entries. */
    void giveBack(int entries) {
        held.addAndGet(-entries);
    }

    /** The most entries the table may hold. */
    int maxEntries() {
        return maxEntries;
    }
}
