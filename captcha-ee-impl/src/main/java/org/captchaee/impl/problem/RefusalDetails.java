package org.captchaee.impl.problem;

import org.captchaee.CaptchaError;
import org.captchaee.VerdictReason;

/** The {@code detail} of each refusal: words a user can act on, never a secret, a stack trace or provider internals. */
public final class RefusalDetails {

    private RefusalDetails() {}

    /**
     * The detail of a refusal.
     *
     * @param error the answer
     * @param reason why the captcha was refused
     * @return the message, rendered in the user's language when the answer is written
     */
    public static ProblemMessage of(CaptchaError error, VerdictReason reason) {
        return ProblemMessage.of(
                switch (error) {
                    case CAPTCHA_REQUIRED -> "detail.required";
                    case CAPTCHA_MALFORMED -> "detail.malformed";
                    case CAPTCHA_BODY_TOO_LARGE -> "detail.body_too_large";
                    case CAPTCHA_RATE_LIMITED -> "detail.rate_limited";
                    case CAPTCHA_UNAVAILABLE -> "detail.unavailable";
                    case CAPTCHA_INVALID -> rejection(reason);
                });
    }

    private static String rejection(VerdictReason reason) {
        return switch (reason) {
            case EXPIRED -> "detail.invalid.expired";
            case REPLAYED -> "detail.invalid.replayed";
            case RISKY -> "detail.invalid.risky";
            case MISCONFIGURED -> "detail.invalid.misconfigured";
            case VERIFIER_FAILED -> "detail.invalid.verifier_failed";
            case DISASTER_TICKET -> "detail.invalid.disaster_ticket";
            default -> "detail.invalid.rejected";
        };
    }
}
