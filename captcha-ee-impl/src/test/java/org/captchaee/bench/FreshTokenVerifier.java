package org.captchaee.bench;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.VerifierName;

/**
 * An application verifier for the benchmarks that passes any token in {@value #HEADER}: what is left of a protected
 * call is the guard's own work (headers, client address, the replay mark, the outage ledger, the event). The replay
 * guard still lets each token pass once, within a window of {@value #REPLAY_WINDOW_SECONDS} s: short, so that the
 * in-memory store reaches the steady state of a busy server (as many marks expire as arrive) instead of filling up
 * under millions of calls.
 */
@ApplicationScoped
@VerifierName(FreshTokenVerifier.NAME)
public class FreshTokenVerifier implements CaptchaVerifier {

    /** The verifier's name. */
    public static final String NAME = "fresh";

    /** The header it reads. */
    public static final String HEADER = "X-Captcha-Token";

    private static final long REPLAY_WINDOW_SECONDS = 2;

    @Override
    public Verdict verify(CaptchaSubmission submission) {
        return submission
                .header(HEADER)
                .map(token -> Verdict.passed(null))
                .orElseGet(() -> Verdict.rejected(VerdictReason.MISSING, null));
    }

    @Override
    public Duration replayWindow() {
        return Duration.ofSeconds(REPLAY_WINDOW_SECONDS);
    }
}
