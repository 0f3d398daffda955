package org.captchaee.impl.state;

/**
 * Every kind of entry captcha-ee keeps in the {@link org.captchaee.spi.CaptchaStateStore}, with the prefix its keys
 * start with. Declared in one place so that no two kinds can ever share a key: each prefix is distinct, made of
 * lower-case letters and dashes, and ends at the first colon of the key.
 */
public enum KeyFamily {
    /** A captcha that passed: the replay guard's one-time mark. */
    REPLAY("replay"),
    /** An image challenge that was answered, right or wrong. */
    IMAGE_CHALLENGE("image-challenge"),
    /** An image pass token that was spent. */
    IMAGE_PASS("image-pass"),
    /** The image challenges a client asked for in the current minute. */
    IMAGE_CHALLENGE_RATE("image-challenge-rate"),
    /** Calls of a protected method per client or key, in the adaptive request window. */
    ADAPTIVE_CALLS("adaptive-calls"),
    /** Failed calls of a protected method per client or key, in the adaptive failure window. */
    ADAPTIVE_FAILURES("adaptive-failures"),
    /** A place held by a call that runs without a captcha under {@code afterFailures}. */
    ADAPTIVE_PLACE("adaptive-place"),
    /** Degraded passes a client got under the outage policy allow. */
    ALLOW_BUDGET_CLIENT("allow-budget-client"),
    /** Degraded passes in all under the outage policy allow. */
    ALLOW_BUDGET_ALL("allow-budget-all"),
    /** A verifier whose provider was seen failing. */
    PROVIDER_OUTAGE("provider-outage"),
    /** A client that sent a disaster ticket: the provider is out of its reach. */
    PROVIDER_UNREACHABLE("provider-unreachable"),
    /** A disaster ticket that was accepted once. */
    DISASTER_TICKET("disaster-ticket");

    private final String prefix;

    KeyFamily(String prefix) {
        this.prefix = prefix;
    }

    /**
     * The text every key of this kind starts with, before the colon.
     *
     * @return the prefix, for example {@code replay}
     */
    public String prefix() {
        return prefix;
    }
}
