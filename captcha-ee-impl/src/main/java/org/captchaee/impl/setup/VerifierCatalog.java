package org.captchaee.impl.setup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.impl.config.ConfigProblems;
import org.captchaee.impl.testmode.TestOnly;
import org.captchaee.spi.CaptchaVerifier;

/**
 * The verifier beans of a deployment by name, as seen in the {@code ProcessBean} events of every bean archive, and the
 * deployment-time checks of the ones in use. Names are resolved here rather than through {@code BeanManager.getBeans}:
 * the bean manager handed to an extension does not see every archive of a WAR on every server (Payara's does not).
 */
public final class VerifierCatalog {

    private final Map<String, List<Bean<?>>> beansByName;
    private final BeanManager beanManager;
    private final ConfigProblems problems;
    private final Map<String, CaptchaVerifier> resolved = new TreeMap<>();
    private final Map<String, String> testOnly = new TreeMap<>();

    public VerifierCatalog(Map<String, List<Bean<?>>> beansByName, BeanManager beanManager, ConfigProblems problems) {
        this.beansByName = new TreeMap<>(beansByName);
        this.beanManager = beanManager;
        this.problems = problems;
    }

    /**
     * Checks that a name denotes exactly one verifier, and that this verifier's configuration is usable.
     *
     * @param name the verifier name
     * @param source where the name was read, for example {@code captcha.verifier}
     */
    public void check(String name, String source) {
        resolve(name, source).ifPresent(bean -> {
            CaptchaVerifier verifier = reference(bean);
            resolved.put(name, verifier);
            if (checkConfiguration(name, verifier) && verifier instanceof TestOnly test) {
                test.testOnlyReason().ifPresent(reason -> testOnly.put(name, reason));
            }
        });
    }

    /**
     * The verifiers that passed {@link #check}, by name: contextual references made from the resolved beans themselves,
     * so that using them does not depend on which bean archive can see which.
     */
    public Map<String, CaptchaVerifier> resolved() {
        return resolved;
    }

    /**
     * The verifiers that passed {@link #check} and whose configuration is for development and tests only, by name, with
     * the reason each gave.
     */
    public Map<String, String> testOnly() {
        return testOnly;
    }

    private Optional<Bean<?>> resolve(String name, String source) {
        List<Bean<?>> beans = beansByName.getOrDefault(name, List.of());
        if (beans.isEmpty()) {
            problems.add(source + "=" + name + " names no verifier. Accepted values: "
                    + String.join(", ", beansByName.keySet())
                    + ". Fix: use one of them, or add a CaptchaVerifier bean with @VerifierName(\"" + name + "\").");
            return Optional.empty();
        }
        List<Bean<?>> candidates = beans.size() == 1
                ? beans
                : beans.stream().filter(Bean::isAlternative).toList();
        if (candidates.size() != 1) {
            problems.add(source + "=" + name + " names " + beans.size() + " verifiers (" + beanClasses(beans)
                    + "). Fix: give them different names, or make the replacement an @Alternative with @Priority.");
            return Optional.empty();
        }
        return Optional.of(candidates.get(0));
    }

    private CaptchaVerifier reference(Bean<?> bean) {
        return (CaptchaVerifier)
                beanManager.getReference(bean, CaptchaVerifier.class, beanManager.createCreationalContext(bean));
    }

    private boolean checkConfiguration(String name, CaptchaVerifier verifier) {
        try {
            verifier.checkConfiguration();
            return true;
        } catch (CaptchaDefinitionException e) {
            problems.add("Verifier '" + name + "': " + e.getMessage());
        } catch (RuntimeException e) {
            problems.add("Verifier '" + name + "' cannot start: " + e);
        }
        return false;
    }

    private static String beanClasses(List<Bean<?>> beans) {
        return String.join(
                ", ", beans.stream().map(bean -> bean.getBeanClass().getName()).toList());
    }
}
