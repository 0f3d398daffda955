package org.captchaee.redis;

/** The MicroProfile Config keys of the Redis state store, with their defaults. */
public final class RedisConfigKeys {

    /** Which state store the library uses; {@code redis} selects this module's store. */
    public static final String STORE = "captcha.store";

    /** The value of {@link #STORE} that selects this module's store. */
    public static final String STORE_REDIS = "redis";

    /** {@code redis://[user:password@]host[:port][/database]}, or {@code rediss://} for TLS; required. */
    public static final String URI = "captcha.store.redis.uri";

    /** The ACL user; overrides the URI's. */
    public static final String USER = "captcha.store.redis.user";

    /** The password; overrides the URI's. */
    public static final String PASSWORD = "captcha.store.redis.password";

    /** {@code standalone} (default), {@code sentinel} or {@code cluster}. */
    public static final String MODE = "captcha.store.redis.mode";

    /** The name of the master the sentinels watch; required in sentinel mode. */
    public static final String SENTINEL_MASTER = "captcha.store.redis.sentinel.master";

    /** More {@code host:port} addresses: further sentinels, or further cluster seed nodes. */
    public static final String NODES = "captcha.store.redis.nodes";

    /** The longest wait for a connection, a free pooled connection and each answer (default 200 ms). */
    public static final String TIMEOUT = "captcha.store.redis.timeout";

    /** Prepended to every key (default {@code captcha:}). */
    public static final String KEY_PREFIX = "captcha.store.redis.key-prefix";

    /** The most connections per Redis node (default 64). */
    public static final String POOL_SIZE = "captcha.store.redis.pool-size";

    private RedisConfigKeys() {}
}
