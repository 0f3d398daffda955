package org.captchaee.spi;

import org.captchaee.CaptchaException;

/**
 * Thrown by a {@link CaptchaStateStore} whose engine cannot be reached or did not answer within the store's timeout: a
 * distributed store's server is down, restarting, unreachable over the network, or refuses our own credentials. No
 * client can cause it with what it sends, so the library treats it as an outage of its own: the protected call follows
 * the endpoint's outage policy (a degraded pass under {@code allow}, counted and logged; {@code 503} under
 * {@code deny}) and reports the reason {@link org.captchaee.VerdictReason#STORE_UNAVAILABLE}.
 *
 * <p>A store must not throw it for trouble that a client's traffic can cause, such as its own connection pool being
 * exhausted by many concurrent calls or a full engine ({@link StateStoreFullException}): those are overloads, refused
 * with {@code 503} and never waved through. A store must also not hang: it throws this exception once its timeout has
 * passed.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * &#64;Override
 * public long count(String key) {
 *     try {
 *         String value = redis.get(key);
 *         return value == null ? 0 : Long.parseLong(value);
 *     } catch (JedisConnectionException e) { // refused, reset, or no answer within the socket timeout
 *         throw new StateStoreUnavailableException("Redis did not answer", e);
 *     }
 * }
 * </pre>
 *
 * @since 0.1
 * @see CaptchaStateStore
 */
public class StateStoreUnavailableException extends CaptchaException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what failed, for the log; never a key, a password or a token
     */
    public StateStoreUnavailableException(String message) {
        super(message);
    }

    /**
     * Creates an exception.
     *
     * @param message what failed, for the log; never a key, a password or a token
     * @param cause the underlying failure, such as a client library's connection or timeout error
     */
    public StateStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
