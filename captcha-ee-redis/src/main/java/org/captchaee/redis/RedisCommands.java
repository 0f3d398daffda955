package org.captchaee.redis;

import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.spi.StateStoreFullException;
import org.captchaee.spi.StateStoreUnavailableException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Runs the store's four Redis commands on full keys, with every failure mapped to what the SPI promises. Each command
 * sits behind a MicroProfile Fault Tolerance circuit breaker: after 10 calls of which half found Redis unavailable, calls
 * fail at once for 5 s (a dead Redis costs nothing per call), then one trial call decides. A full Redis and an exhausted
 * pool do not count as failures: a client's traffic must not be able to open the breaker. Override the breaker with the
 * usual keys, such as {@code org.captchaee.redis.RedisCommands/increment/CircuitBreaker/delay}.
 */
@ApplicationScoped
public class RedisCommands {

    private final RedisConnection connection;
    private final RedisStoreLog log;

    /**
     * Creates the commands with the settings validated at deployment.
     *
     * @param extension holds the settings
     */
    @Inject
    public RedisCommands(RedisStoreExtension extension) {
        this(new RedisConnection(extension.settings()));
    }

    /**
     * Creates the commands on a connection (outside a container, without circuit breaker).
     *
     * @param connection the lazily built client
     */
    RedisCommands(RedisConnection connection) {
        this.connection = connection;
        this.log = new RedisStoreLog(connection.settings(), System::nanoTime);
    }

    /** For the CDI client proxy only. */
    protected RedisCommands() {
        this.connection = null;
        this.log = null;
    }

    /**
     * {@code SET key 1 NX PX ttl}.
     *
     * @param key the full key
     * @param ttlMillis the time to live
     * @return whether this call set the key
     */
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.5,
            delay = 5_000,
            successThreshold = 1,
            failOn = StateStoreUnavailableException.class,
            skipOn = StateStoreFullException.class)
    public boolean putIfAbsent(String key, long ttlMillis) {
        return run(redis ->
                "OK".equals(redis.set(key, "1", SetParams.setParams().nx().px(ttlMillis))));
    }

    /**
     * The increment script.
     *
     * @param key the full key
     * @param ttlMillis the window of a new counter
     * @return the value after the increment
     */
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.5,
            delay = 5_000,
            successThreshold = 1,
            failOn = StateStoreUnavailableException.class,
            skipOn = StateStoreFullException.class)
    public long increment(String key, long ttlMillis) {
        return run(redis -> IncrementScript.run(redis, key, ttlMillis));
    }

    /**
     * {@code GET key}.
     *
     * @param key the full key
     * @return the value, 0 when absent
     */
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.5,
            delay = 5_000,
            successThreshold = 1,
            failOn = StateStoreUnavailableException.class,
            skipOn = StateStoreFullException.class)
    public long count(String key) {
        String value = run(redis -> redis.get(key));
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("a captcha key in Redis holds something else than a number");
        }
    }

    /**
     * {@code DEL key}.
     *
     * @param key the full key
     */
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.5,
            delay = 5_000,
            successThreshold = 1,
            failOn = StateStoreUnavailableException.class,
            skipOn = StateStoreFullException.class)
    public void remove(String key) {
        run(redis -> redis.del(key));
    }

    /**
     * {@code PING}, for the readiness check: outside the circuit breaker, so that probes neither open nor hold it, and
     * so that it shows Redis back as soon as it answers.
     *
     * @throws StateStoreUnavailableException when Redis cannot be reached or does not answer within the timeout
     */
    public void ping() {
        run(UnifiedJedis::ping);
    }

    /** Closes the client when the application is undeployed. */
    @PreDestroy
    void close() {
        connection.close();
    }

    private <T> T run(Function<UnifiedJedis, T> command) {
        T result;
        try {
            result = command.apply(connection.client());
        } catch (StateStoreUnavailableException e) {
            log.failed(e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            throw mapped(e);
        }
        log.answered();
        return result;
    }

    private RuntimeException mapped(RuntimeException failure) {
        RuntimeException mapped = RedisFailures.map(failure, connection.settings());
        if (mapped instanceof StateStoreUnavailableException) {
            log.failed(mapped.getMessage());
            if (RedisFailures.isConnectionFailure(failure)) {
                connection.dropIdleConnections();
            }
        } else if (mapped instanceof RedisStoreBusyException) {
            log.overloaded();
        }
        return mapped;
    }
}
