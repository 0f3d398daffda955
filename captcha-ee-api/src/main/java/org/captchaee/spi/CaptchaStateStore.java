package org.captchaee.spi;

import java.time.Duration;

/**
 * The small amount of shared state the library keeps: one-time marks (a captcha token that passed, a challenge that was
 * answered) and counters (failures and calls per client within a window). Every entry has a time to live and disappears
 * after it.
 *
 * <p>The library ships two stores, chosen with {@code captcha.store}: {@code memory} (the default: bounded, local to
 * one server) and {@code redis} (the module {@code captcha-ee-redis}: one Redis, Sentinel or Cluster shared by every
 * node). For another engine, provide a CDI bean implementing this interface and enable it with
 * {@code @Alternative @Priority(Interceptor.Priority.APPLICATION)}; callers do not change. Every operation is a single
 * atomic step, so each maps to one command (or one server-side script) of a distributed engine:
 *
 * <table>
 * <caption>Operations and a Redis equivalent</caption>
 * <tr><th>operation</th><th>Redis</th></tr>
 * <tr><td>{@link #putIfAbsent}</td><td>{@code SET key 1 NX PX ttl}</td></tr>
 * <tr><td>{@link #increment}</td><td>one Lua script sent with {@code EVALSHA}: {@code INCR key}, then
 * {@code PEXPIRE key ttl} only when the new value is 1 or the key has no time to live ({@code PTTL} below 0)</td></tr>
 * <tr><td>{@link #count}</td><td>{@code GET key}</td></tr>
 * <tr><td>{@link #remove}</td><td>{@code DEL key}</td></tr>
 * </table>
 *
 * <p>{@code INCR} and {@code PEXPIRE} must not be two round trips: a client that fails between them leaves a counter
 * that never expires. The script is:
 *
 * <pre>
 * local value = redis.call('INCR', KEYS[1])
 * if value == 1 or redis.call('PTTL', KEYS[1]) &lt; 0 then
 *     redis.call('PEXPIRE', KEYS[1], ARGV[1])
 * end
 * return value
 * </pre>
 *
 * <p>Keys are short printable ASCII strings made by the library: a family and a keyed digest, such as
 * {@code replay:3q2-7wXkQmC1vY0aZpL9sA}. They never hold a token, a secret or personal data (the digest is an HMAC
 * keyed from {@code captcha.secret}), but the values behind them may be chosen by a client (a user name, a phone
 * number), so a client can make many distinct keys. An implementation must be thread-safe, must keep its memory bounded
 * and must never block a request for long: when its engine cannot be reached or does not answer within its timeout it
 * throws {@link StateStoreUnavailableException}, which the library handles as an outage of its own under the
 * endpoint's outage policy. Trouble that a client's traffic can cause (a full engine, its own connection pool
 * exhausted) must never be reported that way: it is {@link StateStoreFullException}, refused with 503.
 *
 * <p><strong>An implementation must never forget a live entry before its time to live ends</strong>, not even to make
 * room: the entries are replay marks, spent challenges and failure counters, and forgetting one lets a captcha pass
 * twice or resets a count. When it cannot keep a new entry, {@link #putIfAbsent} and {@link #increment} of a key that
 * holds no live entry throw {@link StateStoreFullException}; reads and removals go on working, and updates of live
 * entries should where the engine allows it. Expired entries may be dropped at any time. On Redis this means
 * {@code maxmemory-policy noeviction} (the {@code volatile-*} and {@code allkeys-*} policies evict live entries), with
 * its {@code OOM} error turned into {@link StateStoreFullException}; Redis then refuses every write, an increment of a
 * live counter included, which the library handles like any other refusal of a full store.
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
 * @see StateStoreFullException
 * @see StateStoreUnavailableException
 */
public interface CaptchaStateStore {

    /** The key the default {@link #ping()} reads: no key the library writes has this form. */
    String PING_KEY = "ping";

    /**
     * Marks a key, unless it is already marked: the one atomic step that lets exactly one of several concurrent callers
     * win.
     *
     * @param key the key
     * @param ttl how long the mark lives; positive
     * @return {@code true} if this call marked the key, {@code false} if a live mark or counter already held it
     * @throws StateStoreFullException if the key holds no live entry and the store cannot keep a new one
     */
    boolean putIfAbsent(String key, Duration ttl);

    /**
     * Adds one to a counter, creating it at one when it is absent or expired. The time to live starts when the counter
     * is created and is not extended by later increments, which makes a fixed window.
     *
     * @param key the key
     * @param ttl the window that starts with a new counter; positive
     * @return the counter's value after this call, at least 1
     * @throws StateStoreFullException if the counter is absent or expired and the store cannot keep a new one
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

    /**
     * Makes one real round trip to the engine, within the store's own timeout, for a readiness check: it returns when
     * the engine answered, and throws when it cannot be reached or does not answer in time. It changes nothing.
     *
     * <p>The default reads the counter {@link #PING_KEY}, which the library never writes. A store on a remote engine
     * should override it with the engine's own cheapest request (the Redis store sends {@code PING}).
     *
     * @throws StateStoreUnavailableException when the engine cannot be reached or does not answer within the timeout
     * @since 0.1
     */
    default void ping() {
        count(PING_KEY);
    }
}
