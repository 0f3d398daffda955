package org.captchaee.redis;

import java.util.Locale;
import java.util.Optional;

/** How the store finds Redis: one server, a master found through Sentinel, or a Redis Cluster. */
enum RedisMode {
    STANDALONE(6379),
    SENTINEL(26379),
    CLUSTER(6379);

    private final int defaultPort;

    RedisMode(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** The port of the URI's host when the URI names none: a Redis server's, or a sentinel's. */
    int defaultPort() {
        return defaultPort;
    }

    /** The spelling in configuration. */
    String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<RedisMode> parse(String value) {
        for (RedisMode mode : values()) {
            if (mode.configValue().equalsIgnoreCase(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
