package org.captchaee.redis;

import java.util.LinkedHashSet;
import java.util.Set;
import javax.net.ssl.SSLParameters;

import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.UnifiedJedis;

/**
 * Builds the Jedis client for the configured mode. Every wait is bounded by the store's timeout: connecting, each
 * answer, and a free pooled connection; a cluster command's retries (after a connection failure or a redirect) end
 * with the timeout too. Building a sentinel or cluster client asks the sentinels or the nodes at once, so it fails
 * when none answers; a standalone client connects on its first command.
 */
final class RedisClientFactory {

    private static final int CLUSTER_MAX_ATTEMPTS = 5;

    private RedisClientFactory() {}

    /**
     * Builds a client.
     *
     * @param settings the settings
     * @return the client, thread-safe and pooled
     * @throws redis.clients.jedis.exceptions.JedisException if no sentinel or cluster node could be reached
     */
    static UnifiedJedis create(RedisSettings settings) {
        JedisClientConfig client = clientConfig(settings, true);
        ConnectionPoolConfig pool = poolConfig(settings);
        return switch (settings.mode()) {
            case STANDALONE -> RedisClient.builder()
                    .hostAndPort(hostAndPort(settings.nodes().get(0)))
                    .clientConfig(client)
                    .poolConfig(pool)
                    .build();
            case SENTINEL -> RedisSentinelClient.builder()
                    .masterName(settings.sentinelMaster())
                    .sentinels(hostsAndPorts(settings))
                    .sentinelClientConfig(clientConfig(settings, false))
                    .clientConfig(client)
                    .poolConfig(pool)
                    .build();
            case CLUSTER -> RedisClusterClient.builder()
                    .nodes(hostsAndPorts(settings))
                    .clientConfig(client)
                    .poolConfig(pool)
                    .maxAttempts(CLUSTER_MAX_ATTEMPTS)
                    .maxTotalRetriesDuration(settings.timeout())
                    .build();
        };
    }

    /**
     * The connection settings: timeouts, TLS with host name verification, and (for Redis itself, not the sentinels)
     * credentials and database. No {@code HELLO} and no {@code CLIENT SETINFO}: a connection sends only {@code AUTH}
     * and {@code SELECT}, so an ACL user needs no more than the store's own commands.
     */
    private static JedisClientConfig clientConfig(RedisSettings settings, boolean withCredentials) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(settings.timeoutMillis())
                .socketTimeoutMillis(settings.timeoutMillis())
                .serverDefaultProtocol()
                .clientSetInfoConfig(ClientSetInfoConfig.DISABLED)
                .ssl(settings.tls());
        if (settings.tls()) {
            SSLParameters parameters = new SSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            config.sslParameters(parameters);
        }
        if (withCredentials) {
            config.user(settings.user()).password(settings.password()).database(settings.database());
        }
        return config.build();
    }

    private static ConnectionPoolConfig poolConfig(RedisSettings settings) {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(settings.poolSize());
        pool.setMaxIdle(settings.poolSize());
        pool.setMinIdle(0);
        pool.setBlockWhenExhausted(true);
        pool.setMaxWait(settings.timeout());
        // no MBean per pool: it would outlive a redeployment and clash with the next one
        pool.setJmxEnabled(false);
        return pool;
    }

    private static HostAndPort hostAndPort(RedisAddress address) {
        return new HostAndPort(address.host(), address.port());
    }

    private static Set<HostAndPort> hostsAndPorts(RedisSettings settings) {
        Set<HostAndPort> nodes = new LinkedHashSet<>();
        settings.nodes().forEach(node -> nodes.add(hostAndPort(node)));
        return nodes;
    }
}
