package org.captchaee.impl.siteverify;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.captchaee.impl.provider.OutboundProxy;

/**
 * The configuration of one siteverify verifier ({@code captcha.<name>.*}), validated once.
 *
 * @param dialect the provider
 * @param secret the site's secret key
 * @param endpoint the siteverify URL
 * @param hostnames the host names a captcha may have been solved on, in lower case; empty for any
 * @param sitekey the site key sent along (hCaptcha), empty for the other providers
 * @param minScore the lowest reCAPTCHA v3 score that passes
 * @param action the reCAPTCHA v3 action every endpoint expects; empty to expect the endpoint's scene
 * @param timeout the time budget of one call, also used for the HTTP client's own timeouts
 * @param proxy how the provider is reached
 */
public record SiteverifySettings(
        SiteverifyDialect dialect,
        String secret,
        URI endpoint,
        Set<String> hostnames,
        Optional<String> sitekey,
        double minScore,
        Optional<String> action,
        Duration timeout,
        OutboundProxy proxy) {

    /**
     * The reCAPTCHA v3 action a call expects.
     *
     * @param scene the scene of the protected method
     * @return the configured action, else the scene; empty to accept any action
     */
    public String expectedAction(String scene) {
        return action.orElse(scene);
    }

    @Override
    public String toString() {
        // the secret is never printed
        return "SiteverifySettings[" + dialect.verifierName() + ", endpoint=" + endpoint + ", hostnames=" + hostnames
                + ", sitekey=" + sitekey.orElse("-") + ", minScore=" + minScore + ", action="
                + action.orElse("(scene)") + ", timeout=" + timeout.toMillis() + " ms, proxy=" + proxy + "]";
    }
}
