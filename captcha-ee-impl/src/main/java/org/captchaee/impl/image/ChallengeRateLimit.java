package org.captchaee.impl.image;

import java.time.Duration;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaError;
import org.captchaee.impl.problem.LocalizedDeniedException;
import org.captchaee.impl.problem.ProblemMessage;
import org.captchaee.impl.state.KeyFamily;
import org.captchaee.impl.state.SharedState;
import org.captchaee.impl.state.StoreTrouble;

/**
 * How many new image challenges one client may ask for in a minute ({@code captcha.image.max-challenges-per-minute}),
 * counted in the {@link SharedState} in fixed one-minute windows, so a shared store makes the limit cluster-wide.
 * A store that fails does not stop challenges: answering one needs the store anyway, so no captcha passes because of it.
 */
public final class ChallengeRateLimit {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final SharedState store;
    private final int perMinute;

    /**
     * Creates the limit.
     *
     * @param store where the counts live
     * @param perMinute the challenges one client may ask for in a minute; 0 for no limit
     */
    public ChallengeRateLimit(SharedState store, int perMinute) {
        this.store = store;
        this.perMinute = perMinute;
    }

    /**
     * Counts a new challenge for a client, or refuses it.
     *
     * @param client the client's state key (its IPv4 address or IPv6 prefix)
     * @throws CaptchaDeniedException 429 {@code captcha_rate_limited} with {@code Retry-After} beyond the limit
     */
    public void admit(String client) {
        if (perMinute == 0 || within(client)) {
            return;
        }
        throw new LocalizedDeniedException(
                CaptchaError.CAPTCHA_RATE_LIMITED,
                ImageVerifier.NAME,
                ProblemMessage.of("detail.image.rate_limited"),
                WINDOW);
    }

    private boolean within(String client) {
        try {
            return store.increment(store.key(KeyFamily.IMAGE_CHALLENGE_RATE, client), WINDOW) <= perMinute;
        } catch (RuntimeException e) {
            StoreTrouble.report("count image challenges", e);
            return true;
        }
    }
}
