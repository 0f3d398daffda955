package org.captchaee.redis;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.captchaee.spi.CaptchaStateStore;
import org.captchaee.spi.StateStoreUnavailableException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * A {@link CaptchaStateStore} on Redis (standalone, Sentinel or Cluster), shared by every server of a cluster. It is
 * enabled by {@code captcha.store=redis} (its extension vetoes it otherwise) and replaces the in-memory store.
 *
 * <p>Each operation is one atomic Redis command on {@code captcha.store.redis.key-prefix} + the key:
 * {@code SET key 1 NX PX ttl}, the {@linkplain IncrementScript increment script} ({@code EVALSHA}), {@code GET} and
 * {@code DEL}. Redis unreachable, too slow, or refusing our credentials: {@link StateStoreUnavailableException} (also
 * while the circuit breaker is open). Redis full ({@code OOM}):
 * {@link org.captchaee.spi.StateStoreFullException}. Every pooled connection busy: {@link RedisStoreBusyException}.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class RedisStateStore implements CaptchaStateStore {

    private static final Duration LONGEST_TTL = Duration.ofDays(366);

    private final RedisCommands commands;
    private final String keyPrefix;

    /**
     * Creates the store with the settings validated at deployment.
     *
     * @param commands runs the commands behind a circuit breaker
     * @param extension holds the settings
     */
    @Inject
    public RedisStateStore(RedisCommands commands, RedisStoreExtension extension) {
        this(commands, extension.settings().keyPrefix());
    }

    /**
     * Creates a store.
     *
     * @param commands runs the commands
     * @param keyPrefix prepended to every key
     */
    public RedisStateStore(RedisCommands commands, String keyPrefix) {
        this.commands = commands;
        this.keyPrefix = keyPrefix;
    }

    /** For the CDI client proxy only. */
    protected RedisStateStore() {
        this.commands = null;
        this.keyPrefix = null;
    }

    @Override
    public boolean putIfAbsent(String key, Duration ttl) {
        long ttlMillis = ttlMillis(ttl);
        return throughBreaker(() -> commands.putIfAbsent(fullKey(key), ttlMillis));
    }

    @Override
    public long increment(String key, Duration ttl) {
        long ttlMillis = ttlMillis(ttl);
        return throughBreaker(() -> commands.increment(fullKey(key), ttlMillis));
    }

    @Override
    public long count(String key) {
        return throughBreaker(() -> commands.count(fullKey(key)));
    }

    @Override
    public void remove(String key) {
        throughBreaker(() -> {
            commands.remove(fullKey(key));
            return null;
        });
    }

    /** Sends {@code PING} within the store's timeout ({@code captcha.store.redis.timeout}). */
    @Override
    public void ping() {
        commands.ping();
    }

    /** Runs a command; an open circuit breaker means Redis failed too often: unavailable. */
    private static <T> T throughBreaker(Supplier<T> command) {
        try {
            return command.get();
        } catch (CircuitBreakerOpenException e) {
            throw breakerOpen(e);
        }
    }

    private String fullKey(String key) {
        return keyPrefix + Objects.requireNonNull(key, "key");
    }

    private static StateStoreUnavailableException breakerOpen(CircuitBreakerOpenException e) {
        return new StateStoreUnavailableException(
                "Redis failed too often: calls skip it for a few seconds (circuit breaker open)", e);
    }

    private static long ttlMillis(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("the time to live must be positive, not " + ttl);
        }
        return Math.max(1, ttl.compareTo(LONGEST_TTL) > 0 ? LONGEST_TTL.toMillis() : ttl.toMillis());
    }
}
