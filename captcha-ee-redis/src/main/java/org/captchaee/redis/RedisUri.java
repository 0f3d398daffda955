package org.captchaee.redis;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed {@code redis://[user[:password]@]host[:port][/database]} (or {@code rediss://}). User and password may be
 * percent-encoded. {@link #toString()} hides the password.
 *
 * @param tls whether the scheme is {@code rediss}
 * @param user the user, or {@code null}
 * @param password the password, or {@code null}
 * @param host the host
 * @param port the port, or -1 when the URI names none
 * @param database the database number, or -1 when the URI names none
 */
record RedisUri(boolean tls, String user, String password, String host, int port, int database) {

    /** The accepted form, for messages. */
    static final String SYNTAX = "redis://host:6379 or rediss://host:6380 for TLS, optionally with user:password@"
            + " (percent-encoded) and a database number (/0)";

    /**
     * Parses a URI.
     *
     * @param text the configured value
     * @return the URI, or empty with no reason given (a reason could quote the password)
     */
    static Optional<RedisUri> parse(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("redis") && !scheme.equals("rediss")
                    || uri.getHost() == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            Optional<Integer> database = database(uri.getRawPath());
            if (database.isEmpty()) {
                return Optional.empty();
            }
            String userInfo = uri.getRawUserInfo();
            String user = null;
            String password = null;
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
                password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
            }
            String host = uri.getHost().startsWith("[")
                    ? uri.getHost().substring(1, uri.getHost().length() - 1)
                    : uri.getHost();
            return Optional.of(new RedisUri(
                    scheme.equals("rediss"),
                    emptyToNull(user),
                    emptyToNull(password),
                    host,
                    uri.getPort(),
                    database.get()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What can be shown of a configured value that may hold a password. */
    static String redacted(String text) {
        return parse(text).map(RedisUri::toString).orElse("(not shown: it may hold a password)");
    }

    @Override
    public String toString() {
        String credentials =
                user != null ? user + (password != null ? ":***@" : "@") : (password != null ? ":***@" : "");
        String bracketed = host.contains(":") ? "[" + host + "]" : host;
        return (tls ? "rediss://" : "redis://")
                + credentials
                + bracketed
                + (port > 0 ? ":" + port : "")
                + (database >= 0 ? "/" + database : "");
    }

    private static Optional<Integer> database(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return Optional.of(-1);
        }
        String number = path.substring(1);
        if (number.isEmpty() || number.length() > 5 || !number.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(number));
    }

    /** Percent-decoding as in a URI: a '+' stays a '+'. */
    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
