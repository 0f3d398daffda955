package org.captchaee.redis;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.apache.commons.pool2.impl.GenericObjectPool;
import org.captchaee.spi.StateStoreUnavailableException;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.UnifiedJedis;

/**
 * The Jedis client, built on first use so that deploying never depends on Redis. When building fails (no sentinel or
 * cluster node answers), that call gets {@link StateStoreUnavailableException}, and so does every call until
 * {@link #RETRY_INTERVAL} has passed, when the next call tries again: no retry storm against a dead Redis.
 */
final class RedisConnection implements AutoCloseable {

    /** The least time between two attempts to build the client. */
    static final Duration RETRY_INTERVAL = Duration.ofSeconds(1);

    private final RedisSettings settings;
    private final Function<RedisSettings, UnifiedJedis> factory;
    private final LongSupplier nanoClock;
    private final long retryNanos;
    private volatile UnifiedJedis client;
    private boolean failed;
    private long failedAt;
    private boolean closed;

    /**
     * Creates a connection that builds its client with {@link RedisClientFactory}.
     *
     * @param settings the settings
     */
    RedisConnection(RedisSettings settings) {
        this(settings, RedisClientFactory::create, System::nanoTime);
    }

    RedisConnection(RedisSettings settings, Function<RedisSettings, UnifiedJedis> factory, LongSupplier nanoClock) {
        this.settings = settings;
        this.factory = factory;
        this.nanoClock = nanoClock;
        this.retryNanos = Math.max(RETRY_INTERVAL.toNanos(), settings.timeout().toNanos());
    }

    /** The settings it connects with. */
    RedisSettings settings() {
        return settings;
    }

    /**
     * The client, built now if needed.
     *
     * @return the client
     * @throws StateStoreUnavailableException if it cannot be built now (its cause says why), or was closed
     */
    UnifiedJedis client() {
        UnifiedJedis built = client;
        return built != null ? built : build();
    }

    /** After a broken connection, drops the idle pooled ones too: after a restart of Redis they are all dead. */
    void dropIdleConnections() {
        UnifiedJedis built = client;
        if (built instanceof RedisClient standalone) {
            clear(standalone.getPool());
        } else if (built instanceof RedisSentinelClient sentinel) {
            sentinel.getPrimaryNodesConnectionMap().values().forEach(RedisConnection::clear);
        } else if (built instanceof RedisClusterClient cluster) {
            cluster.getClusterNodes().values().forEach(RedisConnection::clear);
        }
    }

    /** Closes the client and its connections; later calls get {@link StateStoreUnavailableException}. */
    @Override
    public synchronized void close() {
        closed = true;
        UnifiedJedis built = client;
        client = null;
        if (built != null) {
            built.close();
        }
    }

    private synchronized UnifiedJedis build() {
        if (closed) {
            throw new StateStoreUnavailableException("the Redis captcha state store was closed (undeployed)");
        }
        if (client != null) {
            return client;
        }
        long now = nanoClock.getAsLong();
        if (failed && now - failedAt < retryNanos) {
            throw new StateStoreUnavailableException("Redis could not be reached a moment ago; the next attempt comes"
                    + " " + Duration.ofNanos(retryNanos).toMillis() + " ms after the last one");
        }
        try {
            client = factory.apply(settings);
            failed = false;
            return client;
        } catch (RuntimeException e) {
            failed = true;
            failedAt = now;
            throw e;
        }
    }

    private static void clear(GenericObjectPool<?> pool) {
        try {
            pool.clear();
        } catch (RuntimeException e) {
            // a pool being closed has nothing left to clear
        }
    }
}
