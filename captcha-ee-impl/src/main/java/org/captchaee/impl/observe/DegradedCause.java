package org.captchaee.impl.observe;

import java.util.Optional;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.state.OutageLedger;

/** Why an outage policy let a call pass without a solved captcha. */
public enum DegradedCause {
    /** The provider failed in a way no client can cause. */
    OUTAGE("outage"),
    /** The page could not load the provider's script and sent a disaster ticket, accepted by the operator's rules. */
    DISASTER_TICKET("disaster_ticket"),
    /** Our own state store could not answer. */
    STORE("store");

    private final String label;

    DegradedCause(String label) {
        this.label = label;
    }

    /**
     * The cause of a degraded pass.
     *
     * @param verdict a verdict
     * @return its cause, or empty when the verdict is not a degraded pass
     */
    public static Optional<DegradedCause> of(Verdict verdict) {
        if (!verdict.isPassed() || !verdict.degraded()) {
            return Optional.empty();
        }
        if (verdict.reason() == VerdictReason.STORE_UNAVAILABLE) {
            return Optional.of(STORE);
        }
        boolean ticket = verdict.providerCode()
                .filter(OutageLedger.DISASTER_TICKET_CODE::equals)
                .isPresent();
        return Optional.of(ticket ? DISASTER_TICKET : OUTAGE);
    }

    /**
     * The cause as a metric attribute value.
     *
     * @return {@code outage}, {@code disaster_ticket} or {@code store}
     */
    public String label() {
        return label;
    }
}
