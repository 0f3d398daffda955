package org.captchaee.spi;

import java.time.Duration;

/**
 * The small amount of shared state the library keeps: one-time marks (a captcha token that passed, a challenge that was
 * answered) and counters (failures and calls per client within a window). Every entry has a time to live and disappears
 * after it.
 *
 * <p>The library ships an in-memory store, bounded and local to one server. To share the state across a cluster,
 * provide a CDI bean implementing this interface (for example on Redis or a JCache grid) and enable it with
 * {@code @Alternative @Priority(Interceptor.Priority.APPLICATION)}; callers do not change. Every operation is a single
 * atomic step, so each maps to one command of a distributed engine:
 *
 * <table>
 * <caption>Operations and a Redis equivalent</caption>
 * <tr><th>operation</th><th>Redis</th></tr>
 * <tr><td>{@link #putIfAbsent}</td><td>{@code SET key 1 NX PX ttl}</td></tr>
 * <tr><td>{@link #increment}</td><td>{@code INCR key}, then {@code PEXPIRE key ttl NX}</td></tr>
 * <tr><td>{@link #count}</td><td>{@code GET key}</td></tr>
 * <tr><td>{@link #remove}</td><td>{@code DEL key}</td></tr>
 * </table>
 *
 * <p>Keys are short printable ASCII strings made by the library, such as {@code replay:image:<hash>}; they never hold a
 * token or a secret. An implementation must be thread-safe, must never block a request for long (a store that cannot
 * answer in time should throw), and must keep its memory bounded: under a flood of distinct keys it may forget entries
 * early, the ones closest to their expiry first.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * &#64;Inject CaptchaStateStore store;
 *
 * if (!store.putIfAbsent("replay:pin:" + fingerprint, Duration.ofMinutes(5))) {
 *     return Verdict.rejected(VerdictReason.REPLAYED, null);
 * }
 * </pre>
 *
 * @since 0.1
 */
public interface CaptchaStateStore {

    /**
     * Marks a key, unless it is already marked: the one atomic step that lets exactly one of several concurrent callers
     * win.
     *
     * @param key the key
     * @param ttl how long the mark lives; positive
     * @return {@code true} if this call marked the key, {@code false} if a live mark or counter already held it
     */
    boolean putIfAbsent(String key, Duration ttl);

    /**
     * Adds one to a counter, creating it at one when it is absent or expired. The time to live starts when the counter
     * is created and is not extended by later increments, which makes a fixed window.
     *
     * @param key the key
     * @param ttl the window that starts with a new counter; positive
     * @return the counter's value after this call, at least 1
     */
    long increment(String key, Duration ttl);

    /**
     * Reads a counter.
     *
     * @param key the key
     * @return its value, or 0 when it is absent or expired (a mark made by {@link #putIfAbsent} counts as 1)
     */
    long count(String key);

    /**
     * Forgets a key, whether a mark or a counter. Removing an absent key does nothing.
     *
     * @param key the key
     */
    void remove(String key);
}
