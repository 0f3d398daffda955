package org.captchaee.redis;

import java.net.SocketTimeoutException;
import java.util.NoSuchElementException;
import java.util.Set;

import org.captchaee.spi.StateStoreFullException;
import org.captchaee.spi.StateStoreUnavailableException;

import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Turns what Jedis throws into what the state store SPI promises, with messages that hold no key, value or password.
 *
 * <ul>
 *   <li>Redis unreachable, a reset connection, no answer within the timeout, our own credentials or ACL refused
 *       ({@code NOAUTH}, {@code WRONGPASS}, {@code NOPERM}), a Redis that cannot serve yet ({@code LOADING},
 *       {@code MASTERDOWN}, {@code CLUSTERDOWN}, {@code TRYAGAIN}, {@code READONLY} after a failover, {@code BUSY}
 *       script), sentinels or cluster nodes that cannot be reached: {@link StateStoreUnavailableException}.
 *   <li>{@code OOM} (maxmemory reached under {@code noeviction}): {@link StateStoreFullException}.
 *   <li>No pooled connection free within the timeout: {@link RedisStoreBusyException}.
 *   <li>Any other error reply (a foreign value under one of our keys): {@link IllegalStateException}.
 * </ul>
 */
final class RedisFailures {

    /** Error codes of a Redis that is there but cannot serve us now: an outage of our own, never a client's doing. */
    private static final Set<String> OUTAGE_CODES =
            Set.of("LOADING", "MASTERDOWN", "CLUSTERDOWN", "TRYAGAIN", "READONLY", "BUSY");

    /** Error codes of our own credentials or ACL refused. */
    private static final Set<String> REFUSED_CODES = Set.of("NOAUTH", "WRONGPASS", "NOPERM");

    private RedisFailures() {}

    /**
     * Maps a failure of a command.
     *
     * @param failure what Jedis (or the pool) threw
     * @param settings the store's settings, for the messages
     * @return the exception to throw
     */
    static RuntimeException map(RuntimeException failure, RedisSettings settings) {
        if (isPoolExhausted(failure)) {
            return new RedisStoreBusyException(
                    "all " + settings.poolSize() + " pooled connections to Redis stayed in use for "
                            + settings.timeout().toMillis() + " ms",
                    failure);
        }
        if (failure instanceof JedisDataException data) {
            String code = errorCode(data);
            if (code.equals("OOM")) {
                return new StateStoreFullException(
                        "Redis is at its maxmemory (OOM under maxmemory-policy noeviction)", failure);
            }
            if (REFUSED_CODES.contains(code)) {
                return new StateStoreUnavailableException(
                        "Redis refused our credentials or ACL (" + code + "): check " + RedisConfigKeys.USER + ", "
                                + RedisConfigKeys.PASSWORD + " and that the ACL user may use the keys ~"
                                + settings.keyPrefix()
                                + "* and the commands SET GET DEL EVALSHA EVAL INCR PTTL PEXPIRE PING",
                        failure);
            }
            if (OUTAGE_CODES.contains(code)) {
                return new StateStoreUnavailableException("Redis refused the command: " + code, failure);
            }
            return new IllegalStateException("Redis answered with an error: " + code, failure);
        }
        if (failure instanceof JedisException) {
            return new StateStoreUnavailableException(unreachable(failure, settings), failure);
        }
        return failure;
    }

    /** Whether the failure means the connection itself is broken, so idle pooled ones may be too. */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JedisConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static String unreachable(RuntimeException failure, RedisSettings settings) {
        if (hasCause(failure, SocketTimeoutException.class)) {
            return "Redis did not answer within " + settings.timeout().toMillis() + " ms";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof JedisDataException data) {
            return "Redis refused the connection: " + errorCode(data);
        }
        return "Redis cannot be reached (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private static boolean isPoolExhausted(RuntimeException failure) {
        return failure.getClass() == JedisException.class && failure.getCause() instanceof NoSuchElementException;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The first word of an error reply, such as {@code OOM}; the rest may quote a key. */
    private static String errorCode(JedisDataException error) {
        String message = error.getMessage() == null ? "" : error.getMessage().trim();
        int space = message.indexOf(' ');
        String code = space < 0 ? message : message.substring(0, space);
        return code.chars().allMatch(c -> c >= 'A' && c <= 'Z') ? code : "ERR";
    }
}
