package org.captchaee.it.app;

import jakarta.enterprise.context.ApplicationScoped;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.VerifierName;

/**
 * An application verifier on the SPI that declares no headers: it accepts any code in {@code X-Captcha-Code} that
 * starts with {@code ok-}, and relies on the library's replay guard to make each one pass once.
 */
@ApplicationScoped
@VerifierName("code")
public class OneTimeCodeVerifier implements CaptchaVerifier {

    @Override
    public Verdict verify(CaptchaSubmission submission) {
        return submission
                .header("X-Captcha-Code")
                .map(code ->
                        code.startsWith("ok-") ? Verdict.passed(null) : Verdict.rejected(VerdictReason.INVALID, null))
                .orElseGet(() -> Verdict.rejected(VerdictReason.MISSING, null));
    }
}
