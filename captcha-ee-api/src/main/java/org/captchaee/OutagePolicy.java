package org.captchaee;

import java.util.Locale;

/**
 * What a protected call does when its verifier is {@linkplain Verdict.Outcome#UNAVAILABLE unavailable}: the provider
 * timed out, answered an internal error or "system busy", or refused our own credentials.
 *
 * <p>Only failures that no client can provoke reach this policy. A captcha that a client got wrong, forged or
 * replayed is always rejected, whatever the policy.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * &#64;RequiresCaptcha(onOutage = OutagePolicy.DENY)
 * &#64;POST
 * public Response transfer(Transfer transfer) { ... }
 * </pre>
 *
 * The application-wide policy is the configuration key {@code captcha.outage.policy} ({@code allow}, {@code deny} or
 * {@code fallback}); {@link #DEFAULT} on the annotation means "use that key".
 *
 * @since 0.1
 * @see RequiresCaptcha#onOutage()
 */
public enum OutagePolicy {
    /** Use the configured policy, {@code captcha.outage.policy} (itself {@code allow} when not set). */
    DEFAULT,
    /** Let the call run; the pass is marked {@linkplain Verdict#degraded() degraded} and logged. */
    ALLOW,
    /** Refuse the call with 503 {@code captcha_unavailable} and a {@code Retry-After} header. */
    DENY,
    /**
     * Ask the verifier named by {@code captcha.outage.fallback} instead; the call runs only when the request carries a
     * captcha that this fallback verifier accepts.
     */
    FALLBACK;

    /**
     * The value of this policy in configuration, in lower case ({@code allow}, {@code deny}, {@code fallback}).
     *
     * @return the configuration spelling of this policy
     */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
