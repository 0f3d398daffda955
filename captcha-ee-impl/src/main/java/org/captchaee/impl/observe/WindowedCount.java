package org.captchaee.impl.observe;

import java.time.Duration;
import java.util.Arrays;

/**
 * Counts events within a sliding window, in ten buckets: a count read at any moment covers between nine and ten tenths
 * of the window before it. Memory stays fixed however many events come.
 */
final class WindowedCount {

    private static final int BUCKETS = 10;

    private final long bucketNanos;
    private final long[] counts = new long[BUCKETS];
    private final long[] epochs = new long[BUCKETS];

    WindowedCount(Duration window) {
        this.bucketNanos = window.toNanos() / BUCKETS;
        Arrays.fill(epochs, Long.MIN_VALUE);
    }

    /**
     * Counts one event.
     *
     * @param nowNanos the monotonic time of the event
     */
    synchronized void add(long nowNanos) {
        long epoch = Math.floorDiv(nowNanos, bucketNanos);
        int bucket = (int) Math.floorMod(epoch, BUCKETS);
        if (epochs[bucket] != epoch) {
            epochs[bucket] = epoch;
            counts[bucket] = 0;
        }
        counts[bucket]++;
    }

    /**
     * The events of the window that ends now.
     *
     * @param nowNanos the monotonic time
     * @return the count
     */
    synchronized long total(long nowNanos) {
        long current = Math.floorDiv(nowNanos, bucketNanos);
        long total = 0;
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            if (epochs[bucket] > current - BUCKETS && epochs[bucket] <= current) {
                total += counts[bucket];
            }
        }
        return total;
    }
}
