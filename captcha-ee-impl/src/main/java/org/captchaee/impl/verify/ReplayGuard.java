package org.captchaee.impl.verify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.captchaee.impl.secret.Hashes;
import org.captchaee.spi.CaptchaStateStore;

/**
 * Lets each captcha pass once: remembers a fingerprint (a SHA-256, never the token) of every captcha that passed, in the
 * {@link CaptchaStateStore}, until it could no longer be valid.
 */
public final class ReplayGuard {

    private final CaptchaStateStore store;

    /**
     * Creates a guard.
     *
     * @param store where the fingerprints live
     */
    public ReplayGuard(CaptchaStateStore store) {
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
        return store.putIfAbsent("replay:" + verifier + ":" + fingerprint(identity), window);
    }

    private static String fingerprint(String identity) {
        byte[] hash = Hashes.sha256(identity.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }
}
