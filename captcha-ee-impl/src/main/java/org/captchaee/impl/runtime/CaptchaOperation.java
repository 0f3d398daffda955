package org.captchaee.impl.runtime;

import java.util.Optional;

import org.captchaee.OutagePolicy;
import org.captchaee.impl.key.KeyReader;

/**
 * The resolved settings of one protected method: the annotation, its configuration overrides and the application-wide
 * defaults, merged and validated once at deployment.
 *
 * @param verifier the verifier that checks the captcha
 * @param scene the scene, empty for none
 * @param outagePolicy what an outage does, never {@link OutagePolicy#DEFAULT}
 * @param fallbackVerifier the verifier asked during an outage when the policy is {@link OutagePolicy#FALLBACK}
 * @param triggers when a captcha is required
 * @param key reads the {@code @CaptchaKey} of a call's arguments, if the method has one
 */
public record CaptchaOperation(
        String verifier,
        String scene,
        OutagePolicy outagePolicy,
        Optional<String> fallbackVerifier,
        Triggers triggers,
        Optional<KeyReader> key) {

    /** Refuses a policy that is not resolved: the gate applies one of the three. */
    public CaptchaOperation {
        if (outagePolicy == OutagePolicy.DEFAULT) {
            throw new IllegalArgumentException("an operation's outage policy is resolved, never DEFAULT");
        }
    }

    /**
     * An operation that asks for a captcha on every call.
     *
     * @param verifier the verifier that checks the captcha
     * @param scene the scene, empty for none
     * @param outagePolicy what an outage does
     * @param fallbackVerifier the verifier asked during an outage under the policy fallback
     */
    public CaptchaOperation(
            String verifier, String scene, OutagePolicy outagePolicy, Optional<String> fallbackVerifier) {
        this(verifier, scene, outagePolicy, fallbackVerifier, Triggers.ALWAYS, Optional.empty());
    }
}
