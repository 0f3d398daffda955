package org.captchaee.impl.observe.health;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import org.captchaee.impl.observe.GuardSignals;
import org.captchaee.impl.state.OutageLedger;
import org.captchaee.spi.CaptchaStateStore;

/**
 * The beans the readiness checks read, as the extension saw them discovered. The checks get their references from these
 * beans rather than by type: on Payara, the bean manager an extension is given resolves no bean of the library by type.
 * This class never touches the MicroProfile Health API.
 */
public final class ReadinessBeans {

    private static final List<Class<?>> READ = List.of(GuardSignals.class, OutageLedger.class, CaptchaStateStore.class);

    private final Map<Class<?>, Set<Bean<?>>> beans = new ConcurrentHashMap<>();

    /**
     * Keeps a bean if the checks read it.
     *
     * @param bean a bean being discovered
     */
    public void offer(Bean<?> bean) {
        for (Class<?> type : READ) {
            if (bean.getTypes().contains(type)) {
                beans.computeIfAbsent(type, any -> ConcurrentHashMap.newKeySet())
                        .add(bean);
            }
        }
    }

    /**
     * A reference to the bean of a type that CDI resolves (an enabled alternative wins).
     *
     * @param beanManager the application's bean manager
     * @param type {@link GuardSignals}, {@link OutageLedger} or {@link CaptchaStateStore}
     * @param <T> the type
     * @return the reference
     */
    <T> T reference(BeanManager beanManager, Class<T> type) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Bean<?> bean = beanManager.resolve((Set) Set.copyOf(beans.getOrDefault(type, Set.of())));
        if (bean == null) {
            throw new IllegalStateException("no bean of " + type.getName() + " was discovered");
        }
        return type.cast(beanManager.getReference(bean, type, beanManager.createCreationalContext(bean)));
    }
}
