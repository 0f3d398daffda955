package org.captchaee.impl.problem;

/**
 * A verifier whose captcha the library serves at an endpoint of its own: a refusal that asks for its captcha names
 * that endpoint, so that the page knows where to fetch a challenge. Each built-in captcha owns its path.
 */
public interface ChallengeEndpoint {

    /**
     * Where the challenge is served, under {@code captcha.endpoints.path}.
     *
     * @return the path, without slashes, such as {@code image}
     */
    String challengePath();
}
