package org.captchaee.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * The fixed-window increment as one atomic step: {@code INCR}, then {@code PEXPIRE} only when the counter was just
 * created or has no time to live (a counter left without one, for example by a client that failed between two
 * commands, is repaired instead of locking a user out for good). Sent with {@code EVALSHA}; on {@code NOSCRIPT} (after
 * a restart, a failover or {@code SCRIPT FLUSH}) with {@code EVAL}, which caches it again. One key, so it works on a
 * Redis Cluster.
 */
final class IncrementScript {

    /** The script. */
    static final String SOURCE = "local value = redis.call('INCR', KEYS[1])\n"
            + "if value == 1 or redis.call('PTTL', KEYS[1]) < 0 then\n"
            + "    redis.call('PEXPIRE', KEYS[1], ARGV[1])\n"
            + "end\n"
            + "return value\n";

    /** Its SHA-1, as Redis computes it for {@code EVALSHA}. */
    static final String SHA1 = sha1(SOURCE);

    private IncrementScript() {}

    /**
     * Increments a counter.
     *
     * @param redis the client
     * @param key the full key
     * @param ttlMillis the window of a new counter
     * @return the value after the increment
     */
    static long run(UnifiedJedis redis, String key, long ttlMillis) {
        List<String> keys = List.of(key);
        List<String> args = List.of(Long.toString(ttlMillis));
        Object value;
        try {
            value = redis.evalsha(SHA1, keys, args);
        } catch (JedisNoScriptException e) {
            value = redis.eval(SOURCE, keys, args);
        }
        return (Long) value;
    }

    private static String sha1(String source) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
