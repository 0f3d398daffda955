package org.captchaee.impl.observe.health;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.captchaee.OutagePolicy;
import org.captchaee.impl.runtime.CaptchaRuntime;

/**
 * How the application uses one verifier: the outage policies of the protected methods it checks, and whether it is the
 * outage fallback.
 *
 * @param policies the outage policies of the methods whose verifier it is; empty when none is
 * @param fallback whether it is {@code captcha.outage.fallback}
 */
public record VerifierUse(Set<OutagePolicy> policies, boolean fallback) {

    /** Makes the set immutable. */
    public VerifierUse {
        policies = Set.copyOf(policies);
    }

    /**
     * The use of a verifier in the resolved configuration.
     *
     * @param configuration the configuration resolved at deployment
     * @param verifier the verifier's name
     * @return its use
     */
    public static VerifierUse of(CaptchaRuntime configuration, String verifier) {
        Set<OutagePolicy> policies = EnumSet.noneOf(OutagePolicy.class);
        configuration.operations().values().stream()
                .filter(operation -> operation.verifier().equals(verifier))
                .forEach(operation -> policies.add(operation.outagePolicy()));
        boolean fallback = configuration
                .settings()
                .fallbackVerifier()
                .filter(verifier::equals)
                .isPresent();
        return new VerifierUse(policies, fallback);
    }

    /**
     * The policies as health data: their configuration values, comma-separated.
     *
     * @return for example {@code allow,deny}, in declaration order; empty when no method uses the verifier directly
     */
    public String policiesText() {
        return policies.stream().sorted().map(OutagePolicy::configValue).collect(Collectors.joining(","));
    }
}
