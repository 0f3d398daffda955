package org.captchaee.impl.state;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.log.MessageIds;
import org.captchaee.impl.log.RateLimitedLog;
import org.captchaee.impl.runtime.RuntimeRegistry;
import org.captchaee.spi.CaptchaStateStore;
import org.captchaee.spi.StateStoreFullException;

/**
 * The default {@link CaptchaStateStore}: in the memory of this server, bounded by {@code captcha.store.max-entries},
 * keys kept only as 128-bit digests. It never forgets a live entry to make room: when it holds the maximum and none has
 * expired, a new key is refused with {@link StateStoreFullException} (and a rate-limited WARNING). Its state is not
 * shared with other servers of a cluster and does not survive a restart; replace it with a distributed store where
 * that matters.
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
     * @param registry holds the runtime resolved at deployment
     */
    @Inject
    public InMemoryStateStore(RuntimeRegistry registry) {
        this(registry.runtime().settings().storeMaxEntries(), InMemoryStateStore::monotonicMillis);
    }

    /**
     * Creates a store.
     *
     * @param maxEntries the most entries kept, expired ones not yet dropped included
     * @param millis a monotonic clock in milliseconds, never below 1
     */
    public InMemoryStateStore(int maxEntries, LongSupplier millis) {
        this(maxEntries, millis, fullWarning(maxEntries));
    }

    /**
     * Creates a store that tells a callback of each new key it refuses for being full.
     *
     * @param maxEntries the most entries kept, expired ones not yet dropped included
     * @param millis a monotonic clock in milliseconds, never below 1
     * @param onFull told each time a new key is refused
     */
    InMemoryStateStore(int maxEntries, LongSupplier millis, Runnable onFull) {
        this.table = new ExpiringTable(maxEntries, millis, onFull);
    }

    /**
     * A small store of this node's own, beside the application's store, with a random digest key: for counts that must
     * go on while a shared store is unavailable.
     *
     * @param maxEntries the most entries kept
     * @return shared state that only this node sees
     */
    public static SharedState nodeLocal(int maxEntries) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SharedState(new InMemoryStateStore(maxEntries, InMemoryStateStore::monotonicMillis), key);
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

    /** Warns that the store is full at most once a minute: what now happens, and the fix. */
    private static Runnable fullWarning(int maxEntries) {
        RateLimitedLog log = new RateLimitedLog(LOG, Duration.ofMinutes(1), System::nanoTime);
        return () -> log.log(
                Level.WARNING,
                "full",
                () -> MessageIds.CORE_MEMORY_STORE_FULL + " The in-memory captcha state store is full ("
                        + ConfigKeys.STORE_MAX_ENTRIES + "="
                        + maxEntries + " live entries): it refuses new entries until some expire, and the calls that"
                        + " need a new entry (a replay mark, a challenge, a first counter) are refused meanwhile;"
                        + " entries it holds are kept. It may be a flood of distinct keys. Fix: raise "
                        + ConfigKeys.STORE_MAX_ENTRIES + " (about 60 bytes an entry), or use a distributed"
                        + " CaptchaStateStore.");
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
