package org.captchaee.impl.log;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs a recurring message at most once per interval and key, and says how many were left out meanwhile, so that an
 * outage that touches every request cannot flood the log.
 */
public final class RateLimitedLog {

    private final Logger logger;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /**
     * Creates a log.
     *
     * @param logger where messages go
     * @param interval the shortest time between two messages of one key
     * @param nanoClock a monotonic clock in nanoseconds, such as {@code System::nanoTime}
     */
    public RateLimitedLog(Logger logger, Duration interval, LongSupplier nanoClock) {
        this.logger = logger;
        this.intervalNanos = interval.toNanos();
        this.nanoClock = nanoClock;
    }

    /**
     * Logs a message unless one of the same key was logged less than an interval ago.
     *
     * @param level the level
     * @param key what the message is about, for example a verifier name; keep the set of keys small
     * @param message the message, built only when it is logged
     * @return {@code true} if the message was logged
     */
    public boolean log(Level level, String key, Supplier<String> message) {
        if (!logger.isLoggable(level)) {
            return false;
        }
        long suppressed = windows.computeIfAbsent(key, k -> new Window()).tryOpen(nanoClock.getAsLong(), intervalNanos);
        if (suppressed < 0) {
            return false;
        }
        String text = message.get();
        logger.log(level, suppressed == 0 ? text : text + " (" + suppressed + " similar messages suppressed)");
        return true;
    }

    /** The state of one key: when it was last logged, and how many messages were left out since. */
    private static final class Window {
        private long lastLogged;
        private boolean logged;
        private final AtomicLong suppressed = new AtomicLong();

        /** Returns the number suppressed since the last message if a message may be logged now, else -1. */
        synchronized long tryOpen(long now, long intervalNanos) {
            if (logged && now - lastLogged < intervalNanos) {
                suppressed.incrementAndGet();
                return -1;
            }
            logged = true;
            lastLogged = now;
            return suppressed.getAndSet(0);
        }
    }
}
