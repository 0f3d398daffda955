package org.captchaee.impl.config;

import java.util.Optional;

import org.captchaee.OutagePolicy;

/**
 * The resolved settings of one protected method: the annotation, its configuration overrides and the application-wide
 * defaults, merged and validated once at deployment.
 *
 * @param verifier the verifier that checks the captcha
 * @param scene the scene, empty for none
 * @param outagePolicy what an outage does, never {@link OutagePolicy#DEFAULT}
 * @param fallbackVerifier the verifier asked during an outage when the policy is {@link OutagePolicy#FALLBACK}
 */
public record CaptchaOperation(
        String verifier, String scene, OutagePolicy outagePolicy, Optional<String> fallbackVerifier) {}
