package org.captchaee.impl.observe;

/** What this node last saw of a verifier's provider. */
public enum ProviderState {
    /** No provider failure seen since the last captcha it passed (or ever). */
    UP("up"),
    /** The provider failed (timeout, error, "system busy", our credentials refused) and has not passed a captcha since. */
    OUTAGE("outage"),
    /** Fault Tolerance's circuit breaker is open: calls do not reach the provider until it half-opens. */
    CIRCUIT_OPEN("circuit open");

    private final String label;

    ProviderState(String label) {
        this.label = label;
    }

    /**
     * The state as shown to operators, in health data and metrics documentation.
     *
     * @return {@code up}, {@code outage} or {@code circuit open}
     */
    public String label() {
        return label;
    }
}
