package org.captchaee.spi;

import org.captchaee.CaptchaException;

/**
 * Thrown by a {@link CaptchaStateStore} that cannot keep a new entry: it already holds as many live entries as it may.
 * A store must refuse the new key this way rather than make room by forgetting a live entry before its expiry, because
 * the entries it would forget are security marks (a spent captcha, a failure counter) that a flood of distinct keys
 * must never be able to erase.
 *
 * <p>Only {@link CaptchaStateStore#putIfAbsent} and {@link CaptchaStateStore#increment} of a key that holds no live
 * entry throw it. Reads, removals and increments of a live counter keep working in a full store, and so does a
 * {@code putIfAbsent} of a key that is already marked (it answers {@code false}). A store also throws it, from any
 * operation, when this application's own load saturates it (for example, no pooled connection became free within its
 * timeout), since many concurrent clients can cause that too. The library treats it as an overload of its own: the call
 * that needed the entry is refused, never passed, and the refusal is counted and logged.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * &#64;Override
 * public boolean putIfAbsent(String key, Duration ttl) {
 *     try {
 *         return "OK".equals(redis.set(key, "1", SetParams.setParams().nx().px(ttl.toMillis())));
 *     } catch (JedisDataException e) {
 *         if (e.getMessage().startsWith("OOM")) { // maxmemory reached under maxmemory-policy noeviction
 *             throw new StateStoreFullException("Redis is at maxmemory", e);
 *         }
 *         throw e;
 *     }
 * }
 * </pre>
 *
 * @since 0.1
 * @see CaptchaStateStore
 */
public class StateStoreFullException extends CaptchaException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what is full, for the log; never a key
     */
    public StateStoreFullException(String message) {
        super(message);
    }

    /**
     * Creates an exception.
     *
     * @param message what is full, for the log; never a key
     * @param cause the underlying failure, such as a distributed engine's out-of-memory error
     */
    public StateStoreFullException(String message, Throwable cause) {
        super(message, cause);
    }
}
