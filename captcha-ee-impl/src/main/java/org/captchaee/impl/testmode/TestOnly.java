package org.captchaee.impl.testmode;

import java.util.Optional;

/**
 * Implemented by a verifier whose configuration can accept captchas nobody solved: the {@code test} verifier, or a
 * provider configured with its published test keys. The deployment asks every verifier in use once, and fails when one
 * answers unless {@code captcha.test-mode=true} ({@link TestModeCheck}).
 */
public interface TestOnly {

    /**
     * Why this verifier, as configured, is for development and tests only. Called at deployment, after its
     * {@code checkConfiguration()} succeeded.
     *
     * @return the reason, naming the key or verifier that makes it so and never a secret; empty when the configuration
     *     is fit for production
     */
    Optional<String> testOnlyReason();
}
