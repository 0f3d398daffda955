package org.captchaee.redis;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Redis store's settings, read and validated once at deployment. {@link #toString()} never shows the password.
 *
 * @param tls whether to connect with TLS ({@code rediss://}), verifying the server's certificate and host name
 * @param user the ACL user, or {@code null} for the default user
 * @param password the password, or {@code null} for none
 * @param database the database number (standalone and sentinel modes)
 * @param mode how Redis is found
 * @param sentinelMaster the master's name in sentinel mode, else {@code null}
 * @param nodes the URI's host first, then the further nodes: the Redis server, the sentinels, or the cluster seeds
 * @param timeout the longest wait for a connection, a pooled connection and each answer
 * @param keyPrefix prepended to every key
 * @param poolSize the most connections per node
 */
record RedisSettings(
        boolean tls,
        String user,
        String password,
        int database,
        RedisMode mode,
        String sentinelMaster,
        List<RedisAddress> nodes,
        Duration timeout,
        String keyPrefix,
        int poolSize) {

    /** The default of {@link RedisConfigKeys#TIMEOUT}. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(200);

    /** The default of {@link RedisConfigKeys#KEY_PREFIX}. */
    static final String DEFAULT_KEY_PREFIX = "captcha:";

    /** The default of {@link RedisConfigKeys#POOL_SIZE}. */
    static final int DEFAULT_POOL_SIZE = 64;

    RedisSettings {
        nodes = List.copyOf(nodes);
    }

    /** The timeout in whole milliseconds, as Jedis takes it. */
    int timeoutMillis() {
        return (int) Math.max(1, timeout.toMillis());
    }

    /** Where it connects, without the password: for log messages. */
    String address() {
        String scheme = tls ? "rediss://" : "redis://";
        String credentials =
                user != null ? user + (password != null ? ":***@" : "@") : (password != null ? ":***@" : "");
        return scheme + credentials + nodes.get(0) + (mode == RedisMode.CLUSTER ? "" : "/" + database);
    }

    /** Everything that was configured, without the password: the deployment's log message. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(address()).append(", mode ").append(mode.configValue());
        if (mode == RedisMode.SENTINEL) {
            text.append(" (master ").append(sentinelMaster).append(", sentinels ");
        } else if (mode == RedisMode.CLUSTER) {
            text.append(" (seed nodes ");
        }
        if (mode != RedisMode.STANDALONE) {
            text.append(nodes.stream().map(RedisAddress::toString).collect(Collectors.joining(",")))
                    .append(')');
        }
        return text.append(", key prefix ")
                .append(keyPrefix)
                .append(", timeout ")
                .append(timeout.toMillis())
                .append(" ms, at most ")
                .append(poolSize)
                .append(" connections per node")
                .toString();
    }
}
