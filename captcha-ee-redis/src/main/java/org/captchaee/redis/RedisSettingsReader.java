package org.captchaee.redis;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.microprofile.config.Config;

/**
 * Reads and validates the Redis store's settings from MicroProfile Config, the way every key of the library is read:
 * trimmed, blank meaning not set, and every bad value reported with its key and the fix. A password is never quoted.
 */
final class RedisSettingsReader {

    private static final Duration MIN_TIMEOUT = Duration.ofMillis(10);
    private static final Duration MAX_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_POOL_SIZE = 10_000;
    private static final int MAX_PREFIX_LENGTH = 64;

    private final Config config;
    private final Consumer<String> problems;
    private boolean failed;

    /**
     * Creates a reader.
     *
     * @param config the application's configuration
     * @param problems told each error, in a message that names the key and the fix
     */
    RedisSettingsReader(Config config, Consumer<String> problems) {
        this.config = config;
        this.problems = message -> {
            failed = true;
            problems.accept(message);
        };
    }

    /**
     * Reads the settings.
     *
     * @return the settings, or empty if any value was missing or invalid (each one reported)
     */
    Optional<RedisSettings> read() {
        RedisMode mode = mode();
        Optional<RedisUri> uri = uri(mode);
        String user = text(RedisConfigKeys.USER).orElse(uri.map(RedisUri::user).orElse(null));
        String password = text(RedisConfigKeys.PASSWORD)
                .orElse(uri.map(RedisUri::password).orElse(null));
        if (user != null && password == null) {
            problems.accept(RedisConfigKeys.USER + " names a user but no password is set: set "
                    + RedisConfigKeys.PASSWORD + " (or put user:password@ in " + RedisConfigKeys.URI + ").");
        }
        String master = sentinelMaster(mode);
        List<RedisAddress> nodes = new ArrayList<>();
        uri.ifPresent(u -> nodes.add(new RedisAddress(u.host(), u.port() > 0 ? u.port() : mode.defaultPort())));
        nodes.addAll(nodes(mode));
        int database = uri.map(RedisUri::database).orElse(-1);
        if (mode == RedisMode.CLUSTER && database > 0) {
            problems.accept(RedisConfigKeys.URI + " names database " + database + ", but a Redis Cluster has only"
                    + " database 0: remove /" + database + " from the URI.");
        }
        Duration timeout = timeout();
        String prefix = keyPrefix();
        int poolSize = poolSize();
        if (failed) {
            return Optional.empty();
        }
        return Optional.of(new RedisSettings(
                uri.get().tls(),
                user,
                password,
                Math.max(database, 0),
                mode,
                master,
                nodes,
                timeout,
                prefix,
                poolSize));
    }

    private RedisMode mode() {
        Optional<String> value = text(RedisConfigKeys.MODE);
        if (value.isEmpty()) {
            return RedisMode.STANDALONE;
        }
        Optional<RedisMode> mode = RedisMode.parse(value.get());
        if (mode.isEmpty()) {
            problems.accept(RedisConfigKeys.MODE + "=" + value.get() + " is invalid. Accepted values: standalone (one"
                    + " server, the default), sentinel (a master found through Redis Sentinel), cluster (Redis"
                    + " Cluster).");
        }
        return mode.orElse(RedisMode.STANDALONE);
    }

    private Optional<RedisUri> uri(RedisMode mode) {
        Optional<String> value = text(RedisConfigKeys.URI);
        if (value.isEmpty()) {
            problems.accept(RedisConfigKeys.URI + " is not set, but " + RedisConfigKeys.STORE + "="
                    + RedisConfigKeys.STORE_REDIS + ": set it to " + RedisUri.SYNTAX
                    + (mode == RedisMode.SENTINEL ? " (in sentinel mode, the address of a sentinel)" : "") + ".");
            return Optional.empty();
        }
        Optional<RedisUri> uri = RedisUri.parse(value.get());
        if (uri.isEmpty()) {
            problems.accept(RedisConfigKeys.URI + "=" + RedisUri.redacted(value.get()) + " is invalid: use "
                    + RedisUri.SYNTAX + ".");
        }
        return uri;
    }

    private String sentinelMaster(RedisMode mode) {
        Optional<String> value = text(RedisConfigKeys.SENTINEL_MASTER);
        if (mode != RedisMode.SENTINEL) {
            return null;
        }
        if (value.isEmpty()) {
            problems.accept(RedisConfigKeys.SENTINEL_MASTER + " is not set, but " + RedisConfigKeys.MODE
                    + "=sentinel: set it to the master name of the sentinels' 'sentinel monitor' line (for example"
                    + " mymaster).");
            return null;
        }
        if (!isPrintableWithoutSpaces(value.get())) {
            problems.accept(RedisConfigKeys.SENTINEL_MASTER + "=" + value.get() + " is invalid: use the master name"
                    + " of the sentinels' 'sentinel monitor' line, printable characters without spaces.");
        }
        return value.get();
    }

    private List<RedisAddress> nodes(RedisMode mode) {
        List<RedisAddress> nodes = new ArrayList<>();
        Optional<String> value = text(RedisConfigKeys.NODES);
        if (value.isEmpty()) {
            return nodes;
        }
        if (mode == RedisMode.STANDALONE) {
            problems.accept(RedisConfigKeys.NODES + " is set, but " + RedisConfigKeys.MODE + " is standalone: remove"
                    + " it, or set " + RedisConfigKeys.MODE + " to sentinel (the further sentinels) or cluster (the"
                    + " further seed nodes).");
            return nodes;
        }
        for (String item : value.get().split(",")) {
            String trimmed = item.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            Optional<RedisAddress> address = RedisAddress.parse(trimmed);
            if (address.isPresent()) {
                nodes.add(address.get());
            } else {
                problems.accept(RedisConfigKeys.NODES + " holds '" + trimmed + "', which is invalid: use a"
                        + " comma-separated list of host:port, such as redis-2:26379,redis-3:26379 ([::1]:6379 for"
                        + " IPv6).");
            }
        }
        return nodes;
    }

    private Duration timeout() {
        Optional<String> value = text(RedisConfigKeys.TIMEOUT);
        if (value.isEmpty()) {
            return RedisSettings.DEFAULT_TIMEOUT;
        }
        try {
            String text = value.get();
            Duration timeout = text.chars().allMatch(Character::isDigit)
                    ? Duration.ofSeconds(Long.parseLong(text))
                    : Duration.parse(text);
            if (timeout.compareTo(MIN_TIMEOUT) >= 0 && timeout.compareTo(MAX_TIMEOUT) <= 0) {
                return timeout;
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // reported below
        }
        problems.accept(RedisConfigKeys.TIMEOUT + "=" + value.get() + " is invalid: use an ISO-8601 duration such as"
                + " PT0.2S (200 ms, the default) or whole seconds (1), from " + MIN_TIMEOUT.toMillis() + " ms to "
                + MAX_TIMEOUT.toSeconds() + " s.");
        return RedisSettings.DEFAULT_TIMEOUT;
    }

    private String keyPrefix() {
        Optional<String> value = text(RedisConfigKeys.KEY_PREFIX);
        if (value.isEmpty()) {
            return RedisSettings.DEFAULT_KEY_PREFIX;
        }
        if (value.get().length() > MAX_PREFIX_LENGTH || !isPrintableWithoutSpaces(value.get())) {
            problems.accept(RedisConfigKeys.KEY_PREFIX + "=" + value.get() + " is invalid: use at most "
                    + MAX_PREFIX_LENGTH + " printable ASCII characters without spaces, such as captcha: (the"
                    + " default) or myapp:captcha:, and give the ACL user ~<prefix>* .");
        }
        return value.get();
    }

    private int poolSize() {
        Optional<String> value = text(RedisConfigKeys.POOL_SIZE);
        if (value.isEmpty()) {
            return RedisSettings.DEFAULT_POOL_SIZE;
        }
        try {
            int size = Integer.parseInt(value.get());
            if (size >= 1 && size <= MAX_POOL_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.accept(RedisConfigKeys.POOL_SIZE + "=" + value.get() + " is invalid. Accepted values: a whole number"
                + " from 1 to " + MAX_POOL_SIZE + ", the most connections per Redis node (default "
                + RedisSettings.DEFAULT_POOL_SIZE + ").");
        return RedisSettings.DEFAULT_POOL_SIZE;
    }

    private Optional<String> text(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static boolean isPrintableWithoutSpaces(String text) {
        return text.chars().allMatch(c -> c > ' ' && c < 127);
    }
}
