package org.captchaee.redis;

import org.captchaee.impl.state.InMemoryStateStore;
import org.captchaee.spi.CaptchaStateStore;

/**
 * The store a benchmark runs on: {@code memory} (the in-memory store with a monotonic clock) or {@code redis} (the Redis
 * store on a redis-server started on a free loopback port, stopped by its PID on {@link #close()}).
 */
final class BenchmarkStore implements AutoCloseable {

    private static final long ORIGIN = System.nanoTime();

    /** The store. */
    final CaptchaStateStore store;

    private final RedisServerProcess redis;
    private final TestStore redisStore;

    private BenchmarkStore(CaptchaStateStore store, RedisServerProcess redis, TestStore redisStore) {
        this.store = store;
        this.redis = redis;
        this.redisStore = redisStore;
    }

    /**
     * Opens a store.
     *
     * @param kind {@code memory} or {@code redis}
     * @return the store
     */
    static BenchmarkStore open(String kind) {
        if (kind.equals("redis")) {
            RedisServerProcess redis = RedisServerProcess.start(RedisServerProcess.freePort());
            TestStore redisStore = TestStore.on(redis.uri());
            return new BenchmarkStore(redisStore.store, redis, redisStore);
        }
        return new BenchmarkStore(
                new InMemoryStateStore(1_000_000, () -> (System.nanoTime() - ORIGIN) / 1_000_000 + 1), null, null);
    }

    @Override
    public void close() {
        if (redisStore != null) {
            redisStore.close();
            redis.close();
        }
    }
}
