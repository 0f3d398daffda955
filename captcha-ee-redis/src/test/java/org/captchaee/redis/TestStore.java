package org.captchaee.redis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** A Redis store built from configuration keys as at deployment, without a container (no circuit breaker). */
final class TestStore implements AutoCloseable {

    final RedisSettings settings;
    final RedisConnection connection;
    final RedisCommands commands;
    final RedisStateStore store;

    private TestStore(RedisSettings settings) {
        this.settings = settings;
        this.connection = new RedisConnection(settings);
        this.commands = new RedisCommands(connection);
        this.store = new RedisStateStore(commands, settings.keyPrefix());
    }

    /** A store on a Redis URI, with more keys and values. */
    static TestStore on(String uri, String... keysAndValues) {
        List<String> all = new ArrayList<>(List.of(RedisConfigKeys.URI, uri));
        all.addAll(List.of(keysAndValues));
        return new TestStore(settings(all.toArray(String[]::new)));
    }

    /** Valid settings from keys and values. */
    static RedisSettings settings(String... keysAndValues) {
        List<String> problems = new ArrayList<>();
        RedisSettings settings = new RedisSettingsReader(config(keysAndValues), problems::add)
                .read()
                .orElseThrow(() -> new IllegalArgumentException(problems.toString()));
        return settings;
    }

    /** A real MicroProfile Config (SmallRye Config) from keys and values. */
    static Config config(String... keysAndValues) {
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
    }

    @Override
    public void close() {
        commands.close();
    }
}
