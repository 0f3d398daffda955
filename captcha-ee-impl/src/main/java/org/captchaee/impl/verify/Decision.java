package org.captchaee.impl.verify;

import java.util.Optional;

import org.captchaee.CaptchaError;
import org.captchaee.Verdict;
import org.captchaee.impl.problem.ProblemMessage;
import org.captchaee.impl.problem.RefusalDetails;

/**
 * What happens to one protected call: it runs, or it is refused with an answer.
 *
 * @param verifier the verifier whose verdict decided; the one the client must solve when refused
 * @param verdict the final verdict
 * @param error the answer when refused, {@code null} when the call runs
 * @param detail the problem's detail when refused, {@code null} when the call runs
 */
public record Decision(String verifier, Verdict verdict, CaptchaError error, ProblemMessage detail) {

    /**
     * The call runs.
     *
     * @param verifier the deciding verifier
     * @param verdict a pass, possibly degraded
     * @return the decision
     */
    public static Decision pass(String verifier, Verdict verdict) {
        return new Decision(verifier, verdict, null, null);
    }

    /**
     * The call is refused with the usual detail for the verdict's reason.
     *
     * @param verifier the verifier the client must solve
     * @param verdict why
     * @param error the answer
     * @return the decision
     */
    public static Decision deny(String verifier, Verdict verdict, CaptchaError error) {
        return new Decision(verifier, verdict, error, RefusalDetails.of(error, verdict.reason()));
    }

    /**
     * The answer, when the call is refused.
     *
     * @return the error, empty when the call runs
     */
    public Optional<CaptchaError> refusal() {
        return Optional.ofNullable(error);
    }
}
