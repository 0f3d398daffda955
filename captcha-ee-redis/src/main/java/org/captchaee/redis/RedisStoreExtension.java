package org.captchaee.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

import org.captchaee.CaptchaDefinitionException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Enables the Redis state store only when {@code captcha.store=redis}: otherwise it vetoes the store's beans, so the
 * jar may sit in a WAR unused. When enabled, it reads and validates the {@code captcha.store.redis.*} settings once
 * at deployment and fails the deployment with one problem per bad key (naming the key and the fix); it never connects
 * to Redis then.
 */
public class RedisStoreExtension implements Extension {

    private Boolean selected;
    private volatile RedisSettings settings;

    void vetoStoreUnlessSelected(@Observes ProcessAnnotatedType<RedisStateStore> event) {
        if (!selected()) {
            event.veto();
        }
    }

    void vetoCommandsUnlessSelected(@Observes ProcessAnnotatedType<RedisCommands> event) {
        if (!selected()) {
            event.veto();
        }
    }

    void validate(@Observes AfterDeploymentValidation event) {
        if (!selected()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        Optional<RedisSettings> read = new RedisSettingsReader(ConfigProvider.getConfig(), problems::add).read();
        problems.forEach(message -> event.addDeploymentProblem(
                new CaptchaDefinitionException("Invalid captcha configuration: " + message)));
        read.ifPresent(valid -> {
            settings = valid;
            RedisStoreLog.deployed(valid);
        });
    }

    /**
     * The settings validated at deployment.
     *
     * @return the settings
     * @throws IllegalStateException if the store is not selected or its settings did not validate
     */
    RedisSettings settings() {
        RedisSettings valid = settings;
        if (valid == null) {
            throw new IllegalStateException("the Redis captcha state store is not enabled (" + RedisConfigKeys.STORE
                    + "=" + RedisConfigKeys.STORE_REDIS + ") or its configuration did not validate");
        }
        return valid;
    }

    /**
     * Whether a configuration selects the Redis store.
     *
     * @param config the configuration
     * @return {@code true} if {@code captcha.store} is {@code redis}
     */
    static boolean selects(Config config) {
        return config.getOptionalValue(RedisConfigKeys.STORE, String.class)
                .map(String::trim)
                .filter(RedisConfigKeys.STORE_REDIS::equalsIgnoreCase)
                .isPresent();
    }

    private synchronized boolean selected() {
        if (selected == null) {
            selected = selects(ConfigProvider.getConfig());
        }
        return selected;
    }
}
