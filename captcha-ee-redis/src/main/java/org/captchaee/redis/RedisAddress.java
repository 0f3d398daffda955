package org.captchaee.redis;

import java.util.Optional;

/**
 * A {@code host:port} pair; an IPv6 literal is written in brackets ({@code [::1]:6379}) and kept without them.
 *
 * @param host the host name or IP address
 * @param port the port, from 1 to 65535
 */
record RedisAddress(String host, int port) {

    /** Parses {@code host:port}; the port is required. */
    static Optional<RedisAddress> parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return Optional.empty();
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            return Optional.empty();
        }
        if (host.isEmpty() || !host.chars().allMatch(c -> c > ' ' && c < 127 && c != '/' && c != '@')) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            return port >= 1 && port <= 65535 ? Optional.of(new RedisAddress(host, port)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
