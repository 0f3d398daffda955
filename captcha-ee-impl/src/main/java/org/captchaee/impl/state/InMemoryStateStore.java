package org.captchaee.impl.state;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.impl.CaptchaExtension;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.log.RateLimitedLog;
import org.captchaee.spi.CaptchaStateStore;

/**
 * The default {@link CaptchaStateStore}: in the memory of this server, bounded by {@code captcha.store.max-entries},
 * keys kept only as 128-bit digests. Its state is not shared with other servers of a cluster and does not survive a
 * restart; replace it with a distributed store where that matters.
 */
@ApplicationScoped
public class InMemoryStateStore implements CaptchaStateStore {

    private static final Logger LOG = Logger.getLogger(InMemoryStateStore.class.getName());
    private static final long ORIGIN = System.nanoTime();
    private static final Duration LONGEST_TTL = Duration.ofDays(366);

    private final ExpiringTable table;

    /**
     * Creates the store with the size configured at deployment.
     *
     * @param extension holds the configuration resolved at deployment
     */
    @Inject
    public InMemoryStateStore(CaptchaExtension extension) {
        this(extension.configuration().settings().storeMaxEntries(), InMemoryStateStore::monotonicMillis);
    }

    /**
     * Creates a store.
     *
     * @param maxEntries the most entries kept
     * @param millis a monotonic clock in milliseconds, never below 1
     */
    public InMemoryStateStore(int maxEntries, LongSupplier millis) {
        RateLimitedLog fullLog = new RateLimitedLog(LOG, Duration.ofMinutes(1), System::nanoTime);
        this.table = new ExpiringTable(
                maxEntries,
                millis,
                () -> fullLog.log(
                        Level.WARNING,
                        "full",
                        () -> "CAPTCHA-W003 The in-memory captcha state store is full (" + ConfigKeys.STORE_MAX_ENTRIES
                                + "=" + maxEntries + "): it forgets the entries closest to their expiry. Fix: raise "
                                + ConfigKeys.STORE_MAX_ENTRIES + ", or use a distributed CaptchaStateStore."));
    }

    /** For the CDI client proxy only. */
    protected InMemoryStateStore() {
        this.table = null;
    }

    @Override
    public boolean putIfAbsent(String key, Duration ttl) {
        KeyDigest digest = KeyDigest.of(key);
        return table.putIfAbsent(digest.hi(), digest.lo(), ttlMillis(ttl));
    }

    @Override
    public long increment(String key, Duration ttl) {
        KeyDigest digest = KeyDigest.of(key);
        return table.increment(digest.hi(), digest.lo(), ttlMillis(ttl));
    }

    @Override
    public long count(String key) {
        KeyDigest digest = KeyDigest.of(key);
        return table.count(digest.hi(), digest.lo());
    }

    @Override
    public void remove(String key) {
        KeyDigest digest = KeyDigest.of(key);
        table.remove(digest.hi(), digest.lo());
    }

    private static long ttlMillis(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("the time to live must be positive, not " + ttl);
        }
        return Math.max(1, ttl.compareTo(LONGEST_TTL) > 0 ? LONGEST_TTL.toMillis() : ttl.toMillis());
    }

    private static long monotonicMillis() {
        return (System.nanoTime() - ORIGIN) / 1_000_000 + 1;
    }
}
