package org.captchaee.impl.verify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import org.captchaee.impl.CaptchaExtension;
import org.captchaee.spi.CaptchaVerifier;

/**
 * Finds verifier beans by name, through the beans resolved at deployment: a reference is made once per name from the
 * {@link Bean} itself, so it does not depend on which bean archive can see which.
 */
@ApplicationScoped
public class VerifierRegistry {

    private final BeanManager beanManager;
    private final CaptchaExtension extension;
    private final Map<String, CaptchaVerifier> byName = new ConcurrentHashMap<>();

    /**
     * Creates a registry.
     *
     * @param beanManager makes references to the verifier beans
     * @param extension holds the verifier beans resolved at deployment
     */
    @Inject
    public VerifierRegistry(BeanManager beanManager, CaptchaExtension extension) {
        this.beanManager = beanManager;
        this.extension = extension;
    }

    /** For the CDI client proxy only. */
    protected VerifierRegistry() {
        this.beanManager = null;
        this.extension = null;
    }

    /**
     * The verifier with a name.
     *
     * @param name a name resolved at deployment
     * @return the verifier
     */
    public CaptchaVerifier get(String name) {
        return byName.computeIfAbsent(
                name, n -> reference(beanManager, extension.configuration().verifier(n)));
    }

    /**
     * A contextual reference to a verifier bean.
     *
     * @param beanManager the bean manager
     * @param bean the verifier bean
     * @return the reference
     */
    public static CaptchaVerifier reference(BeanManager beanManager, Bean<?> bean) {
        return (CaptchaVerifier)
                beanManager.getReference(bean, CaptchaVerifier.class, beanManager.createCreationalContext(bean));
    }
}
