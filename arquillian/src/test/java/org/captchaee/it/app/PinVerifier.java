package org.captchaee.it.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.VerifierName;
import org.eclipse.microprofile.config.Config;

/** An application-defined verifier: accepts {@code X-Captcha-Pin} when it equals the configured {@code pin.expected}. */
@ApplicationScoped
@VerifierName("pin")
public class PinVerifier implements CaptchaVerifier {

    static final String KEY = "pin.expected";

    @Inject
    Config config;

    @Override
    public Verdict verify(CaptchaSubmission submission) {
        byte[] expected = config.getValue(KEY, String.class).getBytes(StandardCharsets.UTF_8);
        return submission
                .header("X-Captcha-Pin")
                .map(pin -> MessageDigest.isEqual(expected, pin.getBytes(StandardCharsets.UTF_8))
                        ? Verdict.passed("pin-ok")
                        : Verdict.rejected(VerdictReason.INVALID, "pin-wrong"))
                .orElseGet(() -> Verdict.rejected(VerdictReason.MISSING, null));
    }

    @Override
    public void checkConfiguration() {
        if (config.getOptionalValue(KEY, String.class).isEmpty()) {
            throw new CaptchaDefinitionException(KEY + " is not set: set it to the PIN this verifier accepts.");
        }
    }

    /** A fixed token is reusable by design, like the built-in {@code test} verifier's: no replay guard. */
    @Override
    public Duration replayWindow() {
        return Duration.ZERO;
    }
}
