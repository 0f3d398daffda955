package org.captchaee.impl.siteverify;

import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;

import org.captchaee.impl.config.ConfigKeys;

/**
 * The three providers that speak the siteverify protocol, and what sets them apart: the verifier name and its
 * configuration prefix, the default endpoint, the longest token, the published test keys, whether answers carry a
 * reCAPTCHA v3 score and action, whether calls carry an idempotency key (and may therefore be retried), and the guarded
 * call of {@link SiteverifyClient} that serves the provider.
 */
public enum SiteverifyDialect {

    /** Google reCAPTCHA v2 and v3. */
    RECAPTCHA(
            "recaptcha",
            "reCAPTCHA",
            "https://www.google.com/recaptcha/api/siteverify",
            " or https://www.recaptcha.net/recaptcha/api/siteverify (where google.com is unreachable)",
            4096,
            Set.of("6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"),
            SiteverifyClient::recaptcha),
    /** hCaptcha. */
    HCAPTCHA(
            "hcaptcha",
            "hCaptcha",
            "https://api.hcaptcha.com/siteverify",
            "",
            4096,
            Set.of(
                    "0x0000000000000000000000000000000000000000",
                    "10000000-ffff-ffff-ffff-000000000001",
                    "20000000-ffff-ffff-ffff-000000000002",
                    "30000000-ffff-ffff-ffff-000000000003"),
            SiteverifyClient::hcaptcha),
    /** Cloudflare Turnstile. */
    TURNSTILE(
            "turnstile",
            "Turnstile",
            "https://challenges.cloudflare.com/turnstile/v0/siteverify",
            "",
            2048,
            Set.of(
                    "1x0000000000000000000000000000000AA",
                    "2x0000000000000000000000000000000AA",
                    "3x0000000000000000000000000000000AA"),
            SiteverifyClient::turnstile);

    private final String verifierName;
    private final String provider;
    private final URI defaultEndpoint;
    private final String endpointExamples;
    private final Pattern token;
    private final Set<String> testKeys;
    private final GuardedCall call;

    SiteverifyDialect(
            String verifierName,
            String provider,
            String defaultEndpoint,
            String otherEndpoints,
            int maxTokenLength,
            Set<String> testKeys,
            GuardedCall call) {
        this.verifierName = verifierName;
        this.provider = provider;
        this.defaultEndpoint = URI.create(defaultEndpoint);
        this.endpointExamples = defaultEndpoint + otherEndpoints;
        this.token = Pattern.compile("[\\x21-\\x7e]{1," + maxTokenLength + "}");
        this.testKeys = testKeys;
        this.call = call;
    }

    /**
     * The verifier's name, also the middle of its configuration keys ({@code captcha.<name>.secret}).
     *
     * @return {@code recaptcha}, {@code hcaptcha} or {@code turnstile}
     */
    public String verifierName() {
        return verifierName;
    }

    /**
     * The provider's name, for messages.
     *
     * @return for example {@code reCAPTCHA}
     */
    public String provider() {
        return provider;
    }

    /**
     * The configuration key of one setting of this provider.
     *
     * @param setting the setting, for example {@code secret}
     * @return for example {@code captcha.recaptcha.secret}
     */
    public String key(String setting) {
        return ConfigKeys.verifierPrefix(verifierName) + setting;
    }

    /**
     * The endpoint when none is configured.
     *
     * @return the provider's public siteverify URL
     */
    public URI defaultEndpoint() {
        return defaultEndpoint;
    }

    /**
     * The endpoints to suggest when a configured one is invalid.
     *
     * @return the default endpoint, and its alternative if there is one
     */
    public String endpointExamples() {
        return endpointExamples;
    }

    /**
     * Whether a token has a shape this provider can have issued: printable ASCII without spaces, not longer than the
     * provider's limit.
     *
     * @param value the token
     * @return {@code true} if it may be sent to the provider
     */
    public boolean isWellFormedToken(String value) {
        return token.matcher(value).matches();
    }

    /**
     * Whether a secret or site key is one the provider publishes for automated tests.
     *
     * @param key the configured key
     * @return {@code true} for a published test key
     */
    public boolean isTestKey(String key) {
        return testKeys.contains(key);
    }

    /**
     * Whether answers may carry a reCAPTCHA v3 score and action to check. hCaptcha Enterprise also answers a
     * {@code score}, but with the opposite meaning: it is not read.
     *
     * @return {@code true} for reCAPTCHA
     */
    public boolean scored() {
        return this == RECAPTCHA;
    }

    /**
     * Whether calls carry an {@code idempotency_key}, so that a retry of the same token gets the first answer again
     * instead of "already used".
     *
     * @return {@code true} for Turnstile
     */
    public boolean idempotent() {
        return this == TURNSTILE;
    }

    /**
     * Whether the site key is sent along, so that tokens of the account's other sites are refused.
     *
     * @return {@code true} for hCaptcha
     */
    public boolean sendsSitekey() {
        return this == HCAPTCHA;
    }

    /**
     * Makes this provider's guarded call, so that each provider has its own timeout, circuit breaker, bulkhead and
     * retry.
     *
     * @param client the guarded calls
     * @param api the provider's configured siteverify API
     * @param query what to ask
     * @return the answer, if it is not an outage
     */
    SiteverifyAnswer call(SiteverifyClient client, SiteverifyApi api, SiteverifyQuery query) {
        return call.ask(client, api, query);
    }

    /** One provider's method of {@link SiteverifyClient}. */
    @FunctionalInterface
    private interface GuardedCall {

        SiteverifyAnswer ask(SiteverifyClient client, SiteverifyApi api, SiteverifyQuery query);
    }
}
