package org.captchaee;

import java.util.Locale;

/**
 * Why a verifier reached its {@link Verdict}: a closed set shared by every provider, so that applications can count and
 * react without knowing provider codes (the raw code stays available as {@link Verdict#providerCode()}).
 *
 * <p>Reasons a client can provoke with what it sends ({@link #MISSING} to {@link #RISKY}) always come with a
 * {@linkplain Verdict.Outcome#REJECTED rejection}. Only {@link #MISCONFIGURED}, {@link #TIMEOUT},
 * {@link #PROVIDER_ERROR}, {@link #PROVIDER_BUSY} and {@link #STORE_UNAVAILABLE} may come with an
 * {@linkplain Verdict.Outcome#UNAVAILABLE outage}.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * void count(&#64;Observes CaptchaEvent event) {
 *     if (event.reason() == VerdictReason.REPLAYED) {
 *         replays.increment();
 *     }
 * }
 * </pre>
 *
 * @since 0.1
 * @see Verdict
 */
public enum VerdictReason {
    /** The captcha was solved and accepted. */
    VERIFIED,
    /** The request carries no captcha, or not the part this verifier needs. */
    MISSING,
    /** The captcha is too long, has control characters or has the wrong shape for the verifier. */
    MALFORMED,
    /** The captcha is wrong or forged. */
    INVALID,
    /** The captcha was valid once but is too old now. */
    EXPIRED,
    /** The captcha was already used once. */
    REPLAYED,
    /** The provider judged the request too risky to pass. */
    RISKY,
    /**
     * The client sent a disaster-recovery ticket (it could not load the provider's front end) that cannot be accepted
     * now, typically because the provider is healthy. Under the outage policy {@link OutagePolicy#FALLBACK} the client
     * is asked for the fallback verifier's captcha instead.
     */
    DISASTER_TICKET,
    /**
     * Something is wrong with the integration: our credentials were refused (an outage), or the captcha belongs to
     * another site or scene (a rejection, since a client can choose what it sends).
     */
    MISCONFIGURED,
    /** The provider did not answer in time. */
    TIMEOUT,
    /** The provider answered with an error of its own, or with something that is not its protocol. */
    PROVIDER_ERROR,
    /** The provider answered that it is too busy to verify. */
    PROVIDER_BUSY,
    /** The verifier failed unexpectedly; the captcha is rejected rather than waved through. */
    VERIFIER_FAILED,
    /**
     * This server could not verify the captcha now, for a reason of its own rather than the provider's: its calls to the
     * provider are at their concurrency limit (a full bulkhead, which many clients at once can cause), or its state store
     * cannot keep the mark that makes a captcha pass once. Never an outage and never a pass: the call is refused with
     * {@code 503 captcha_unavailable} and {@code Retry-After}, or, under {@link OutagePolicy#FALLBACK}, asked for the
     * fallback verifier's captcha. The provider is not marked down, so no disaster ticket becomes acceptable.
     */
    SERVER_BUSY,
    /**
     * The state store that makes a captcha pass once and keeps the counts (for example Redis) cannot be reached or did
     * not answer in time: an outage of this server's own that no client can cause. The endpoint's outage policy
     * applies, as for a provider outage, but the provider is not marked down, so no disaster ticket becomes acceptable.
     */
    STORE_UNAVAILABLE;

    /**
     * Whether this reason may explain an outage, that is a failure no client can cause.
     *
     * @return {@code true} for {@link #MISCONFIGURED}, {@link #TIMEOUT}, {@link #PROVIDER_ERROR},
     *     {@link #PROVIDER_BUSY} and {@link #STORE_UNAVAILABLE}
     */
    public boolean canExplainOutage() {
        return this == MISCONFIGURED
                || this == TIMEOUT
                || this == PROVIDER_ERROR
                || this == PROVIDER_BUSY
                || this == STORE_UNAVAILABLE;
    }

    /**
     * Whether this reason says that the provider itself failed, which makes its disaster tickets believable for a while;
     * {@link #STORE_UNAVAILABLE} explains an outage but is ours, not the provider's.
     *
     * @return {@code true} for {@link #MISCONFIGURED}, {@link #TIMEOUT}, {@link #PROVIDER_ERROR} and
     *     {@link #PROVIDER_BUSY}
     */
    public boolean isProviderFailure() {
        return this == MISCONFIGURED || this == TIMEOUT || this == PROVIDER_ERROR || this == PROVIDER_BUSY;
    }

    /**
     * Whether this reason may explain a rejection.
     *
     * @return {@code true} for every reason but {@link #VERIFIED}, {@link #TIMEOUT}, {@link #PROVIDER_ERROR},
     *     {@link #PROVIDER_BUSY} and {@link #STORE_UNAVAILABLE}
     */
    public boolean canExplainRejection() {
        return this != VERIFIED
                && this != TIMEOUT
                && this != PROVIDER_ERROR
                && this != PROVIDER_BUSY
                && this != STORE_UNAVAILABLE;
    }

    /**
     * The wire spelling of this reason, in lower case with underscores, for example {@code provider_busy}.
     *
     * @return the reason's code
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
