package org.captchaee.impl.state;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigProblems;
import org.captchaee.impl.config.ConfigValues;
import org.captchaee.spi.CaptchaStateStore;
import org.eclipse.microprofile.config.Config;

/**
 * Checks at deployment that the state store {@code captcha.store} asks for is the one in use: {@code memory} (the
 * default, this node only) or {@code redis} (the {@code captcha-ee-redis} module, shared by every node). A shared store
 * needs {@code captcha.secret}, the same on every node, since its keys are digests keyed by it.
 */
public final class StoreSelection {

    /** The store of this node's memory. */
    public static final String MEMORY = "memory";

    /** The Redis store of the module {@code captcha-ee-redis}. */
    public static final String REDIS = "redis";

    private static final Set<String> KNOWN = Set.of(MEMORY, REDIS);

    private StoreSelection() {}

    /**
     * Records a problem for every mismatch.
     *
     * @param config the application's configuration
     * @param inUse the class of the store CDI resolved, if it resolved one
     * @param problems where problems go
     */
    public static void check(Config config, Optional<Class<?>> inUse, ConfigProblems problems) {
        String chosen = chosen(config);
        if (!KNOWN.contains(chosen)) {
            problems.invalid(
                    ConfigKeys.STORE,
                    chosen,
                    "memory (the default: this server's memory) or redis (shared by a cluster; needs the"
                            + " captcha-ee-redis module)");
            return;
        }
        if (chosen.equals(REDIS)) {
            if (inUse.isEmpty() || inUse.get() == InMemoryStateStore.class) {
                problems.add(ConfigKeys.STORE + "=redis, but the Redis store is not in the application. Fix: add the"
                        + " dependency org.captchaee:captcha-ee-redis to the application (it must end up in"
                        + " WEB-INF/lib), or set " + ConfigKeys.STORE + "=memory.");
            }
            if (ConfigValues.text(config, ConfigKeys.SECRET).isEmpty()) {
                problems.add(ConfigKeys.STORE + "=redis needs " + ConfigKeys.SECRET + ", the same on every node: the"
                        + " keys in Redis are digests keyed by it, and the built-in captchas' tokens are signed with"
                        + " it. Fix: set " + ConfigKeys.SECRET + " to 32 or more random characters, for example the"
                        + " output of 'openssl rand -base64 32'.");
            }
        }
    }

    /**
     * The store {@code captcha.store} asks for.
     *
     * @param config the application's configuration
     * @return its value in lower case, {@code memory} when it is not set
     */
    public static String chosen(Config config) {
        return ConfigValues.text(config, ConfigKeys.STORE)
                .map(value -> value.toLowerCase(Locale.ROOT))
                .orElse(MEMORY);
    }

    /**
     * The class of the store CDI resolves.
     *
     * @param beanManager the application's bean manager
     * @return the bean class, or nothing when no single store resolves
     */
    public static Optional<Class<?>> storeInUse(BeanManager beanManager) {
        try {
            Bean<?> bean = beanManager.resolve(beanManager.getBeans(CaptchaStateStore.class));
            return Optional.ofNullable(bean).map(Bean::getBeanClass);
        } catch (RuntimeException ambiguous) {
            return Optional.empty();
        }
    }
}
