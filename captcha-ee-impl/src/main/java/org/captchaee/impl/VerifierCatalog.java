package org.captchaee.impl;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.inject.AmbiguousResolutionException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.impl.config.ConfigProblems;
import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.VerifierName;

/** The verifier beans of a deployment, by name, and the deployment-time checks of the ones in use. */
final class VerifierCatalog {

    private final BeanManager beanManager;
    private final ConfigProblems problems;
    private final Set<String> names = new TreeSet<>();

    VerifierCatalog(BeanManager beanManager, ConfigProblems problems) {
        this.beanManager = beanManager;
        this.problems = problems;
        for (Bean<?> bean : beanManager.getBeans(CaptchaVerifier.class, Any.Literal.INSTANCE)) {
            bean.getQualifiers().stream()
                    .filter(VerifierName.class::isInstance)
                    .map(qualifier -> ((VerifierName) qualifier).value())
                    .forEach(names::add);
        }
    }

    /**
     * Checks that a name denotes exactly one verifier, and that this verifier's configuration is usable.
     *
     * @param name the verifier name
     * @param source where the name was read, for example {@code captcha.verifier}
     */
    void check(String name, String source) {
        resolve(name, source).ifPresent(bean -> checkConfiguration(name, bean));
    }

    private Optional<Bean<?>> resolve(String name, String source) {
        Set<Bean<?>> beans = beanManager.getBeans(CaptchaVerifier.class, VerifierName.Literal.of(name));
        if (beans.isEmpty()) {
            problems.add(source + "=" + name + " names no verifier. Accepted values: " + String.join(", ", names)
                    + ". Fix: use one of them, or add a CaptchaVerifier bean with @VerifierName(\"" + name + "\").");
            return Optional.empty();
        }
        try {
            return Optional.of(beanManager.resolve(beans));
        } catch (AmbiguousResolutionException e) {
            problems.add(source + "=" + name + " names " + beans.size() + " verifiers (" + beanClasses(beans)
                    + "). Fix: give them different names, or make the replacement an @Alternative with @Priority.");
            return Optional.empty();
        }
    }

    private void checkConfiguration(String name, Bean<?> bean) {
        CaptchaVerifier verifier = (CaptchaVerifier)
                beanManager.getReference(bean, CaptchaVerifier.class, beanManager.createCreationalContext(bean));
        try {
            verifier.checkConfiguration();
        } catch (CaptchaDefinitionException e) {
            problems.add("Verifier '" + name + "': " + e.getMessage());
        } catch (RuntimeException e) {
            problems.add("Verifier '" + name + "' cannot start: " + e);
        }
    }

    private static String beanClasses(Set<Bean<?>> beans) {
        return String.join(
                ", ", beans.stream().map(bean -> bean.getBeanClass().getName()).toList());
    }
}
