package org.captchaee.redis;

/**
 * The log message ids of the Redis state store, in the store range 300-399 of the library's catalogue
 * ({@code org.captchaee.impl.log.MessageIds}, which this module cannot see: it depends on the API only). The catalogue's
 * test reads this class too, so its ids follow the same rules: one constant per id, within the range, listed in the
 * table of docs/reference/messages.md ("Log messages").
 */
final class RedisMessageIds {

    /** At deployment, INFO: the Redis address and mode the store will connect to on first use. Nothing to do. */
    static final String STORE_REDIS_CONFIGURED = "CAPTCHA-I301";

    /** On the first answer, and the first after a failure, INFO: the store is connected to Redis. Nothing to do. */
    static final String STORE_REDIS_CONNECTED = "CAPTCHA-I302";

    /**
     * On a call, SEVERE, at most once a minute: Redis could not be reached or refused the store, so calls follow their
     * outage policy. Bring Redis back, or check {@code captcha.store.redis.*} (address, user, password, TLS).
     */
    static final String STORE_REDIS_FAILED = "CAPTCHA-E301";

    /**
     * On a call, WARNING, at most once a minute: every pooled connection stayed in use for the whole timeout, so calls
     * are refused with 503 meanwhile. Raise {@code captcha.store.redis.pool-size} (and Redis's maxclients), or add
     * servers.
     */
    static final String STORE_REDIS_POOL_EXHAUSTED = "CAPTCHA-W301";

    private RedisMessageIds() {}
}
