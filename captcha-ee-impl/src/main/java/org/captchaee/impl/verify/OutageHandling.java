package org.captchaee.impl.verify;

import java.util.Optional;

import org.captchaee.CaptchaError;
import org.captchaee.Verdict;
import org.captchaee.impl.runtime.CaptchaOperation;
import org.captchaee.spi.CaptchaSubmission;

/**
 * What one outage policy does, one implementation per {@link org.captchaee.OutagePolicy}: when the endpoint's verifier
 * is unavailable, when this server is too busy to verify, and which verifier serves in its place while it is down.
 * Only an outage no client can cause reaches {@link #onOutage}; our own overload is never a pass.
 */
sealed interface OutageHandling permits AllowOnOutage, DenyOnOutage, FallbackOnOutage {

    /**
     * The verifier that serves calls in place of the endpoint's own while that one is known to be down (or, after a
     * disaster ticket, out of this client's reach).
     *
     * @param operation the protected method's settings
     * @param client what the client's own state is kept under
     * @return the stand-in, empty when the endpoint's own verifier decides
     */
    default Optional<String> standIn(CaptchaOperation operation, String client) {
        return Optional.empty();
    }

    /**
     * The decision when the endpoint's verifier is unavailable.
     *
     * @param operation the protected method's settings
     * @param submission the call's submission
     * @param client what the client's own state is kept under
     * @param outage the verifier's verdict
     * @return the decision
     */
    Decision onOutage(CaptchaOperation operation, CaptchaSubmission submission, String client, Verdict outage);

    /**
     * The decision when this server is too busy to verify: 503, unless a fallback captcha can decide.
     *
     * @param operation the protected method's settings
     * @param submission the call's submission
     * @param rejection the {@code SERVER_BUSY} verdict
     * @return the decision
     */
    default Decision onOwnOverload(CaptchaOperation operation, CaptchaSubmission submission, Verdict rejection) {
        return Decision.deny(operation.verifier(), rejection, CaptchaError.CAPTCHA_UNAVAILABLE);
    }

    /**
     * The decision for a disaster ticket the verifier rejected, when the policy has one: the client could not reach
     * the provider.
     *
     * @param operation the protected method's settings
     * @param submission the call's submission
     * @param client what the client's own state is kept under
     * @return the decision, empty to reject the ticket like any other
     */
    default Optional<Decision> onDisasterTicket(
            CaptchaOperation operation, CaptchaSubmission submission, String client) {
        return Optional.empty();
    }
}
