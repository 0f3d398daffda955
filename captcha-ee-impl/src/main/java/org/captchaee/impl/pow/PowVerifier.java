package org.captchaee.impl.pow;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.problem.ChallengeEndpoint;
import org.captchaee.impl.request.SentHeader;
import org.captchaee.impl.state.SharedState;
import org.captchaee.impl.verify.ReplayGuard;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.VerifierName;

/**
 * The built-in {@code pow} verifier: proof of work in the ALTCHA wire format, v2 (a key derivation per try) by default
 * or v1 ({@code captcha.pow.protocol}). The browser fetches a challenge from {@code GET <base>/pow}, solves it (the
 * official ALTCHA widget or the library's browser helper does this), and sends the widget's Base64 payload in
 * {@code X-Captcha-Token}. No cloud account, no user interaction.
 *
 * <p>A payload can be re-encoded (JSON spacing, member order, {@code took} or {@code time}) without changing the
 * solution, so besides the generic replay guard this verifier remembers each solved challenge itself (v1: by its
 * challenge hash; v2: by its nonce), until it expires.
 */
@ApplicationScoped
@VerifierName(PowVerifier.NAME)
public class PowVerifier implements CaptchaVerifier, ChallengeEndpoint {

    /** The verifier's name. */
    public static final String NAME = "pow";

    /** Where its challenges are served, under {@code captcha.endpoints.path}. */
    public static final String CHALLENGE_PATH = "pow";

    private final PowConfiguration configuration;
    private final ReplayGuard solvedChallenges;

    /**
     * Creates the verifier.
     *
     * @param configuration the settings, challenge maker and solution checker
     * @param store where solved challenges are remembered
     */
    @Inject
    public PowVerifier(PowConfiguration configuration, SharedState store) {
        this.configuration = configuration;
        this.solvedChallenges = new ReplayGuard(store);
    }

    /** For the CDI client proxy only. */
    protected PowVerifier() {
        this.configuration = null;
        this.solvedChallenges = null;
    }

    @Override
    public Set<String> headers() {
        return Set.of(SentHeader.TOKEN);
    }

    @Override
    public Verdict verify(CaptchaSubmission submission) {
        // the payload's shape is the protocol's to judge, with the rest of the solution
        return SentHeader.judge(submission, SentHeader.TOKEN, payload -> true, this::verdictFor);
    }

    private Verdict verdictFor(String payload) {
        PowCheck check = configuration.protocol().check(payload);
        return switch (check.outcome()) {
            case MALFORMED -> Verdict.rejected(VerdictReason.MALFORMED, null);
            case INVALID -> Verdict.rejected(VerdictReason.INVALID, null);
            case EXPIRED -> Verdict.rejected(VerdictReason.EXPIRED, null);
            case BUSY -> Verdict.rejected(VerdictReason.SERVER_BUSY, null);
            case PASSED -> firstSolution(check) ? Verdict.passed(null) : Verdict.rejected(VerdictReason.REPLAYED, null);
        };
    }

    private boolean firstSolution(PowCheck check) {
        Duration left = Duration.between(Instant.now(), check.expires());
        Duration window = left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left.plusSeconds(1);
        return solvedChallenges.firstUse(NAME + "-challenge", check.replayId(), window);
    }

    @Override
    public Duration replayWindow() {
        return configuration.settings().lifetime();
    }

    @Override
    public void checkConfiguration() {
        configuration.protocol();
    }

    @Override
    public String challengePath() {
        return CHALLENGE_PATH;
    }
}
