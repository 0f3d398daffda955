package org.captchaee.impl.verify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.VerifierName;

/** Finds verifier beans by name, once per name. Names were checked at deployment. */
@ApplicationScoped
public class VerifierRegistry {

    private final Instance<CaptchaVerifier> verifiers;
    private final Map<String, CaptchaVerifier> byName = new ConcurrentHashMap<>();

    /**
     * Creates a registry.
     *
     * @param verifiers every verifier bean
     */
    @Inject
    public VerifierRegistry(@Any Instance<CaptchaVerifier> verifiers) {
        this.verifiers = verifiers;
    }

    /** For the CDI client proxy only. */
    protected VerifierRegistry() {
        this.verifiers = null;
    }

    /**
     * The verifier with a name.
     *
     * @param name the name of its {@link VerifierName} qualifier
     * @return the verifier
     */
    public CaptchaVerifier get(String name) {
        return byName.computeIfAbsent(
                name, n -> verifiers.select(VerifierName.Literal.of(n)).get());
    }
}
