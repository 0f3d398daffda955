package org.captchaee.impl.image;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.image.render.CaptchaImageRenderer;
import org.captchaee.impl.state.KeyFamily;
import org.captchaee.impl.state.SharedState;

/**
 * The image captcha flow: makes challenges (an image and a signed token), takes one answer per challenge, and turns a
 * right answer into a captcha token that a protected call accepts.
 */
public final class ImageChallenges {

    /** The longest answer text looked at; longer ones are wrong. */
    static final int MAX_ANSWER_LENGTH = 32;

    private final ImageSettings settings;
    private final ImageTokens tokens;
    private final SharedState store;
    private final AnswerGenerator answers;
    private final CaptchaImageRenderer renderer;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    ImageChallenges(
            ImageSettings settings,
            ImageTokens tokens,
            SharedState store,
            AnswerGenerator answers,
            CaptchaImageRenderer renderer,
            Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.store = store;
        this.answers = answers;
        this.renderer = renderer;
        this.clock = clock;
    }

    /**
     * A new challenge.
     *
     * @return the image, its token and its lifetime
     */
    public NewChallenge create() {
        String answer = answers.next(settings.length());
        Instant expiry = clock.instant().plus(settings.challengeLifetime());
        byte[] png = renderer.renderPng(answer, new SplittableRandom(seeds.nextLong()));
        return new NewChallenge(tokens.challenge(answer, expiry), png, settings.challengeLifetime());
    }

    /**
     * A new challenge in place of another, which can no longer be answered.
     *
     * @param previous the token of the challenge shown so far, as the client sent it
     * @return the new challenge
     */
    public NewChallenge refresh(String previous) {
        tokens.openChallenge(previous).ifPresent(this::spend);
        return create();
    }

    /**
     * Takes the one answer a challenge accepts.
     *
     * @param token the challenge token
     * @param answer what the user typed; case and spaces do not matter
     * @return the captcha token, if the challenge was open and the answer right
     */
    public Optional<CaptchaToken> answer(String token, String answer) {
        Optional<ImageTokens.Challenge> challenge = tokens.openChallenge(token);
        if (challenge.isEmpty() || !spend(challenge.get()) || answer.length() > MAX_ANSWER_LENGTH) {
            return Optional.empty();
        }
        String typed = normalise(answer);
        byte[] expected = challenge.get().answerDigest().getBytes(StandardCharsets.US_ASCII);
        byte[] actual = tokens.answerDigest(challenge.get().id(), typed).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, actual)) {
            return Optional.empty();
        }
        Instant expiry = clock.instant().plus(settings.tokenLifetime());
        return Optional.of(new CaptchaToken(tokens.pass(expiry), settings.tokenLifetime()));
    }

    /**
     * Checks a captcha token sent to a protected call, and spends it: a token passes once, whatever else the request
     * carries (the gate's replay guard checks the same again).
     *
     * @param captchaToken the token
     * @return the verdict
     */
    public Verdict check(String captchaToken) {
        Optional<ImageTokens.Pass> pass = tokens.openPass(captchaToken);
        if (pass.isEmpty()) {
            return Verdict.rejected(VerdictReason.INVALID, null);
        }
        Duration left = Duration.between(clock.instant(), pass.get().expiry());
        if (left.isNegative() || left.isZero()) {
            return Verdict.rejected(VerdictReason.EXPIRED, null);
        }
        return store.putIfAbsent(store.key(KeyFamily.IMAGE_PASS, pass.get().id()), left)
                ? Verdict.passed(null)
                : Verdict.rejected(VerdictReason.REPLAYED, null);
    }

    /** Marks a live challenge as answered; false if it expired or was answered (or refreshed) before. */
    private boolean spend(ImageTokens.Challenge challenge) {
        Duration left = Duration.between(clock.instant(), challenge.expiry());
        return !left.isNegative()
                && !left.isZero()
                && store.putIfAbsent(store.key(KeyFamily.IMAGE_CHALLENGE, challenge.id()), left);
    }

    private static String normalise(String answer) {
        StringBuilder typed = new StringBuilder(answer.length());
        answer.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(typed::appendCodePoint);
        return typed.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * A challenge to show.
     *
     * @param token the signed challenge token
     * @param png the image
     * @param expiresIn how long it can be answered
     */
    public record NewChallenge(String token, byte[] png, Duration expiresIn) {}

    /**
     * The proof of a right answer.
     *
     * @param token the captcha token, for {@code X-Captcha-Token}
     * @param expiresIn how long it is good for
     */
    public record CaptchaToken(String token, Duration expiresIn) {}
}
