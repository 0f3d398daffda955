package org.captchaee.redis;

import org.captchaee.spi.StateStoreFullException;

/**
 * Thrown by the Redis state store when every pooled connection to a Redis node stayed in use for the whole timeout:
 * the server is overloaded by its own concurrent calls, which a client's traffic can cause. It is therefore not a
 * {@link org.captchaee.spi.StateStoreUnavailableException} (never an outage that a policy could wave through) but a
 * {@link StateStoreFullException}, an overload of our own: the library refuses the call with {@code 503}. Raise {@code captcha.store.redis.pool-size} if it happens under normal
 * load.
 */
public class RedisStoreBusyException extends StateStoreFullException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what was busy, for the log; never a key
     * @param cause the pool's timeout
     */
    public RedisStoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
