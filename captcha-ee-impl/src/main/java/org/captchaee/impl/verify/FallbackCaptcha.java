package org.captchaee.impl.verify;

import org.captchaee.CaptchaError;
import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.spi.CaptchaSubmission;

/**
 * Asks the fallback captcha in place of a verifier that is down: its pass lets the call run; anything else asks the
 * client for the fallback's own captcha, or answers 503 when the fallback cannot verify either.
 */
final class FallbackCaptcha {

    private final VerifierCalls calls;

    FallbackCaptcha(VerifierCalls calls) {
        this.calls = calls;
    }

    /**
     * Decides a call by the fallback captcha alone.
     *
     * @param name the fallback verifier
     * @param submission the call's submission; the fallback reads a copy of its own
     * @return the decision
     */
    Decision decide(String name, CaptchaSubmission submission) {
        Verdict verdict = calls.ask(name, submission.copy());
        return switch (verdict.outcome()) {
            case PASSED -> Decision.pass(name, verdict);
            case UNAVAILABLE -> Decision.deny(name, verdict, CaptchaError.CAPTCHA_UNAVAILABLE);
                // whatever the client sent was meant for the verifier that is down: ask for the fallback's captcha
            case REJECTED -> verdict.reason() == VerdictReason.SERVER_BUSY
                    ? Decision.deny(name, verdict, CaptchaError.CAPTCHA_UNAVAILABLE)
                    : Decision.deny(name, verdict, CaptchaError.CAPTCHA_REQUIRED);
        };
    }
}
