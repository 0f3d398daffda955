package org.captchaee.impl.verify;

import org.captchaee.CaptchaError;
import org.captchaee.Verdict;
import org.captchaee.impl.runtime.CaptchaOperation;
import org.captchaee.spi.CaptchaSubmission;

/** The outage policy {@code deny}: while the verifier is unavailable, calls are refused with 503 and Retry-After. */
final class DenyOnOutage implements OutageHandling {

    @Override
    public Decision onOutage(CaptchaOperation operation, CaptchaSubmission submission, String client, Verdict outage) {
        return Decision.deny(operation.verifier(), outage, CaptchaError.CAPTCHA_UNAVAILABLE);
    }
}
