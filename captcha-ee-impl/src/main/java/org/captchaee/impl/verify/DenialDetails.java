package org.captchaee.impl.verify;

import org.captchaee.CaptchaError;
import org.captchaee.VerdictReason;

/** The {@code detail} of each refusal: words a user can act on, never a secret, a stack trace or provider internals. */
final class DenialDetails {

    private static final String SOLVE_AGAIN = " Solve a new captcha and try again.";

    private DenialDetails() {}

    static String of(CaptchaError error, VerdictReason reason) {
        return switch (error) {
            case CAPTCHA_REQUIRED -> "This request needs a captcha. Solve the captcha named in 'verifier' and send it"
                    + " in the X-Captcha-* request headers.";
            case CAPTCHA_MALFORMED -> "A captcha header does not have the format this captcha uses.";
            case CAPTCHA_BODY_TOO_LARGE -> "The request body is too large.";
            case CAPTCHA_RATE_LIMITED -> "Too many captcha challenges were asked for. Try again later.";
            case CAPTCHA_UNAVAILABLE -> "Captcha verification is temporarily unavailable. Try again later.";
            case CAPTCHA_INVALID -> rejection(reason);
        };
    }

    private static String rejection(VerdictReason reason) {
        return switch (reason) {
            case EXPIRED -> "The captcha has expired." + SOLVE_AGAIN;
            case REPLAYED -> "The captcha was already used." + SOLVE_AGAIN;
            case RISKY -> "The captcha was not accepted because the request looked automated." + SOLVE_AGAIN;
            case MISCONFIGURED -> "The captcha was not made for this site or action." + SOLVE_AGAIN;
            case VERIFIER_FAILED -> "The captcha could not be checked." + SOLVE_AGAIN;
            case DISASTER_TICKET -> "The captcha could not be loaded, and its replacement cannot be accepted now."
                    + " Reload the page and solve the captcha again.";
            default -> "The captcha answer was not accepted." + SOLVE_AGAIN;
        };
    }
}
