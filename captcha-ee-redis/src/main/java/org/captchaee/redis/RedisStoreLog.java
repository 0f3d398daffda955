package org.captchaee.redis;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * The Redis store's messages: what it connects to (once, at deployment), that it connected (once, and again after a
 * reported failure), and its failures and overloads (each at most once a minute, with how many were left out). No
 * message holds a key, a value or a password.
 */
final class RedisStoreLog {

    private static final Logger LOG = Logger.getLogger(RedisStoreLog.class.getName());
    private static final long INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

    private final RedisSettings settings;
    private final LongSupplier nanoClock;
    private final Throttle failures = new Throttle();
    private final Throttle overloads = new Throttle();
    private final AtomicBoolean connectedReported = new AtomicBoolean();

    RedisStoreLog(RedisSettings settings, LongSupplier nanoClock) {
        this.settings = settings;
        this.nanoClock = nanoClock;
    }

    /** At deployment: what it will connect to. */
    static void deployed(RedisSettings settings) {
        LOG.info(() -> RedisMessageIds.STORE_REDIS_CONFIGURED + " captcha-ee keeps its state in Redis at " + settings
                + "; it connects on first use.");
    }

    /** A command succeeded: says so the first time, and the first time after a reported failure. */
    void answered() {
        if (!connectedReported.get() && connectedReported.compareAndSet(false, true)) {
            LOG.info(() -> RedisMessageIds.STORE_REDIS_CONNECTED + " captcha-ee is connected to Redis at "
                    + settings.address() + " (" + settings.mode().configValue() + ").");
        }
    }

    /** Redis could not be reached or refused us: at most once a minute. */
    void failed(String reason) {
        long suppressed = failures.tryOpen(nanoClock.getAsLong());
        if (suppressed >= 0) {
            connectedReported.set(false);
            LOG.severe(() -> RedisMessageIds.STORE_REDIS_FAILED + " The Redis captcha state store at "
                    + settings.address() + " failed: "
                    + reason
                    + ". Calls follow their outage policy (captcha.outage.policy, or the endpoint's) until it answers again"
                    + suppressedText(suppressed) + ".");
        }
    }

    /** The pool had no free connection within the timeout: at most once a minute. */
    void overloaded() {
        long suppressed = overloads.tryOpen(nanoClock.getAsLong());
        if (suppressed >= 0) {
            LOG.warning(() -> RedisMessageIds.STORE_REDIS_POOL_EXHAUSTED + " All " + settings.poolSize()
                    + " connections to Redis at "
                    + settings.address() + " stayed in use for "
                    + settings.timeout().toMillis()
                    + " ms: calls are refused with 503 meanwhile. Fix: raise " + RedisConfigKeys.POOL_SIZE
                    + " (and Redis's maxclients), or add servers" + suppressedText(suppressed) + ".");
        }
    }

    private static String suppressedText(long suppressed) {
        return suppressed == 0 ? "" : " (" + suppressed + " similar messages suppressed)";
    }

    /** Opens at most once a minute and counts the times it stayed shut. */
    private static final class Throttle {
        private long suppressed;
        private long lastOpened;
        private boolean opened;

        /** The number left out since the last opening if it opens now, else -1. */
        synchronized long tryOpen(long now) {
            if (opened && now - lastOpened < INTERVAL_NANOS) {
                suppressed++;
                return -1;
            }
            opened = true;
            lastOpened = now;
            long left = suppressed;
            suppressed = 0;
            return left;
        }
    }
}
