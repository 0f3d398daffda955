package org.captchaee.impl.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.image.render.CaptchaImageRenderer;
import org.captchaee.impl.secret.SignedText;
import org.captchaee.impl.state.InMemoryStateStore;
import org.captchaee.impl.state.TestStates;
import org.junit.jupiter.api.Test;

class ImageChallengesTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final ImageSettings SETTINGS =
            new ImageSettings(160, 60, 5, Duration.ofMinutes(2), Duration.ofMinutes(5), 20);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
    private final AtomicLong millis = new AtomicLong(1);
    private final RecordingAnswers answers = new RecordingAnswers();
    private final ImageChallenges challenges = challenges(KEY);

    private ImageChallenges challenges(byte[] key) {
        return new ImageChallenges(
                SETTINGS,
                new ImageTokens(new SignedText(key)),
                TestStates.over(new InMemoryStateStore(1_000, millis::get)),
                answers,
                new CaptchaImageRenderer(160, 60),
                clock);
    }

    @Test
    void challenge_carriesAPngAndAToken_thatDoesNotRevealTheAnswer() {
        ImageChallenges.NewChallenge challenge = challenges.create();
        assertEquals(Duration.ofMinutes(2), challenge.expiresIn());
        assertEquals((byte) 0x89, challenge.png()[0]);
        assertEquals("PNG", new String(challenge.png(), 1, 3, StandardCharsets.US_ASCII));
        assertFalse(challenge.token().contains(answers.last));
        assertTrue(challenge.token().startsWith("c1."));
    }

    @Test
    void rightAnswer_givesACaptchaToken_thatPassesOnce_andExpires() {
        ImageChallenges.NewChallenge challenge = challenges.create();
        Optional<ImageChallenges.CaptchaToken> token = challenges.answer(challenge.token(), answers.last);
        assertTrue(token.isPresent());
        assertEquals(Duration.ofMinutes(5), token.get().expiresIn());
        assertEquals(Verdict.passed(null), challenges.check(token.get().token()));
        assertEquals(
                VerdictReason.REPLAYED,
                challenges.check(token.get().token()).reason(),
                "the token is spent by the verifier itself, whatever the gate's guard does");

        ImageChallenges.NewChallenge later = challenges.create();
        Optional<ImageChallenges.CaptchaToken> unused = challenges.answer(later.token(), answers.last);
        clock.advance(Duration.ofMinutes(5));
        assertEquals(
                VerdictReason.EXPIRED,
                challenges.check(unused.orElseThrow().token()).reason());
    }

    @Test
    void answers_ignoreCaseAndWhitespace() {
        ImageChallenges.NewChallenge challenge = challenges.create();
        String typed = " " + answers.last.toLowerCase().charAt(0) + " " + answers.last.substring(1) + "\t";
        assertTrue(challenges.answer(challenge.token(), typed).isPresent());
    }

    @Test
    void aChallengeTakesOneAnswer() {
        ImageChallenges.NewChallenge challenge = challenges.create();
        String right = answers.last;
        assertTrue(challenges.answer(challenge.token(), "WRONG").isEmpty());
        assertTrue(challenges.answer(challenge.token(), right).isEmpty(), "spent by the wrong answer");

        ImageChallenges.NewChallenge second = challenges.create();
        assertTrue(challenges.answer(second.token(), answers.last).isPresent());
        assertTrue(challenges.answer(second.token(), answers.last).isEmpty(), "spent by the right answer");
    }

    @Test
    void anExpiredChallenge_takesNoAnswer() {
        ImageChallenges.NewChallenge challenge = challenges.create();
        clock.advance(Duration.ofMinutes(2));
        assertTrue(challenges.answer(challenge.token(), answers.last).isEmpty());
    }

    @Test
    void refresh_spendsTheOldChallenge() {
        ImageChallenges.NewChallenge old = challenges.create();
        String oldAnswer = answers.last;
        ImageChallenges.NewChallenge fresh = challenges.refresh(old.token());
        assertNotEquals(old.token(), fresh.token());
        assertTrue(challenges.answer(old.token(), oldAnswer).isEmpty());
        assertTrue(challenges.answer(fresh.token(), answers.last).isPresent());
        assertTrue(
                challenges.refresh("garbage").token().startsWith("c1."), "refreshing garbage still gives a challenge");
    }

    @Test
    void tokensOfAnotherKey_orKind_orTampered_areInvalid() {
        ImageChallenges other = challenges("another key of thirty-two bytes!".getBytes(StandardCharsets.UTF_8));
        ImageChallenges.NewChallenge foreign = other.create();
        assertTrue(challenges.answer(foreign.token(), answers.last).isEmpty());

        ImageChallenges.NewChallenge challenge = challenges.create();
        String captchaToken =
                challenges.answer(challenge.token(), answers.last).orElseThrow().token();
        assertEquals(VerdictReason.INVALID, other.check(captchaToken).reason());
        assertEquals(VerdictReason.INVALID, challenges.check(challenge.token()).reason(), "a challenge is no pass");
        String longer = captchaToken.replaceFirst("\\.(\\d+)\\.", ".9$1.");
        assertEquals(VerdictReason.INVALID, challenges.check(longer).reason(), "a later expiry breaks the signature");
    }

    @Test
    void overlongAnswers_areWrong() {
        ImageChallenges.NewChallenge challenge = challenges.create();
        String padded = answers.last + " ".repeat(ImageChallenges.MAX_ANSWER_LENGTH);
        assertTrue(challenges.answer(challenge.token(), padded).isEmpty());
    }

    /** The real generator, remembering its last answer for the test. */
    private static final class RecordingAnswers extends AnswerGenerator {
        String last;

        @Override
        public String next(int length) {
            last = super.next(length);
            return last;
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
