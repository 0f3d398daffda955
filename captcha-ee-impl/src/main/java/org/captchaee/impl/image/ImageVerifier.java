package org.captchaee.impl.image;

import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.Verdict;
import org.captchaee.impl.problem.ChallengeEndpoint;
import org.captchaee.impl.request.SentHeader;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.VerifierName;

/**
 * The built-in {@code image} verifier: the user reads characters off an image served by the library's endpoints
 * ({@code POST <base>/image}, {@code POST <base>/image/verify}) and the protected call carries the resulting captcha token
 * in {@code X-Captcha-Token}, once. Needs no cloud account and no third-party script.
 */
@ApplicationScoped
@VerifierName(ImageVerifier.NAME)
public class ImageVerifier implements CaptchaVerifier, ChallengeEndpoint {

    /** The verifier's name. */
    public static final String NAME = "image";

    /** Where its challenges are served, under {@code captcha.endpoints.path}. */
    public static final String CHALLENGE_PATH = "image";

    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    private static final Predicate<String> WELL_FORMED = TOKEN_SHAPE.asMatchPredicate();

    private final ImageConfiguration configuration;

    /**
     * Creates the verifier.
     *
     * @param configuration the settings and the flow
     */
    @Inject
    public ImageVerifier(ImageConfiguration configuration) {
        this.configuration = configuration;
    }

    /** For the CDI client proxy only. */
    protected ImageVerifier() {
        this.configuration = null;
    }

    @Override
    public Set<String> headers() {
        return Set.of(SentHeader.TOKEN);
    }

    @Override
    public Verdict verify(CaptchaSubmission submission) {
        return SentHeader.judge(submission, SentHeader.TOKEN, WELL_FORMED, token -> configuration
                .challenges()
                .check(token));
    }

    @Override
    public Duration replayWindow() {
        return configuration.settings().tokenLifetime();
    }

    @Override
    public void checkConfiguration() {
        configuration.challenges();
    }

    @Override
    public String challengePath() {
        return CHALLENGE_PATH;
    }
}
