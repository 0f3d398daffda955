package org.captchaee.impl.verify;

import java.time.Duration;

import org.captchaee.impl.state.KeyFamily;
import org.captchaee.impl.state.SharedState;

/**
 * Lets each captcha pass once: remembers a keyed digest (never the token) of every captcha that passed, in the
 * {@link SharedState}, until it could no longer be valid.
 */
public final class ReplayGuard {

    private final SharedState store;

    /**
     * Creates a guard.
     *
     * @param store where the fingerprints live
     */
    public ReplayGuard(SharedState store) {
        this.store = store;
    }

    /**
     * Records the first use of a captcha.
     *
     * @param verifier the verifier that accepted it
     * @param identity what makes the captcha unique, for example its token or the challenge it answers
     * @param window how long to remember it; positive
     * @return {@code true} for the first use, {@code false} if it was used before within the window
     */
    public boolean firstUse(String verifier, String identity, Duration window) {
        return store.putIfAbsent(store.key(KeyFamily.REPLAY, verifier, identity), window);
    }
}
