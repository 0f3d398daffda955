package org.captchaee.impl.verify;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.log.MessageIds;
import org.captchaee.impl.request.SentHeader;
import org.captchaee.impl.testmode.TestOnly;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.VerifierName;

/**
 * The {@code test} verifier, for development and tests: it reads {@code X-Captcha-Token} and accepts {@code pass},
 * rejects {@code fail} (and any other token), and reports an outage for {@code outage}. Its tokens are reusable, so the
 * replay guard leaves it alone. Never for production: anyone can send {@code pass}, so a deployment that uses it fails
 * unless {@code captcha.test-mode=true}.
 */
@ApplicationScoped
@VerifierName(TestVerifier.NAME)
public class TestVerifier implements CaptchaVerifier, TestOnly {

    /** The verifier's name. */
    public static final String NAME = "test";

    private static final Logger LOG = Logger.getLogger(TestVerifier.class.getName());
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,4096}");
    private static final Predicate<String> WELL_FORMED = TOKEN.asMatchPredicate();

    @Override
    public Set<String> headers() {
        return Set.of(SentHeader.TOKEN);
    }

    @Override
    public Verdict verify(CaptchaSubmission submission) {
        return SentHeader.judge(submission, SentHeader.TOKEN, WELL_FORMED, TestVerifier::verdictFor);
    }

    private static Verdict verdictFor(String token) {
        return switch (token) {
            case "pass" -> Verdict.passed(token);
            case "outage" -> Verdict.unavailable(VerdictReason.PROVIDER_ERROR, token);
            default -> Verdict.rejected(VerdictReason.INVALID, token);
        };
    }

    @Override
    public Duration replayWindow() {
        return Duration.ZERO;
    }

    @Override
    public void checkConfiguration() {
        LOG.warning(MessageIds.CORE_TEST_VERIFIER
                + " The 'test' captcha verifier is in use: it accepts the token 'pass' from anyone."
                + " It is for development and tests only; set captcha.verifier to a real verifier in production.");
    }

    @Override
    public Optional<String> testOnlyReason() {
        return Optional.of("the built-in 'test' verifier accepts the token 'pass' from anyone");
    }
}
