package org.captchaee.it.app;

import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.VerifierName;

/**
 * Replaces the built-in {@code test} verifier: only the token {@code letmein} passes, or {@code letmein-<label>} for
 * tests that tell tokens apart.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
@VerifierName("test")
public class StrictTestVerifier implements CaptchaVerifier {

    @Override
    public Verdict verify(CaptchaSubmission submission) {
        return submission
                .header("X-Captcha-Token")
                .map(token -> token.equals("letmein") || token.startsWith("letmein-")
                        ? Verdict.passed("strict")
                        : Verdict.rejected(VerdictReason.INVALID, "strict"))
                .orElseGet(() -> Verdict.rejected(VerdictReason.MISSING, null));
    }

    /** A fixed token is reusable by design, like the built-in {@code test} verifier's: no replay guard. */
    @Override
    public Duration replayWindow() {
        return Duration.ZERO;
    }
}
