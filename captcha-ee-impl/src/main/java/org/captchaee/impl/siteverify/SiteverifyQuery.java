package org.captchaee.impl.siteverify;

import java.util.Optional;

/**
 * What is asked of a siteverify endpoint about one token.
 *
 * @param token the token from {@code X-Captcha-Token}
 * @param remoteIp the resolved client IP
 * @param idempotencyKey the UUID that makes a retry of this token safe (Turnstile), made once per verification and sent
 *     again, unchanged, by every retry of it
 */
public record SiteverifyQuery(String token, String remoteIp, Optional<String> idempotencyKey) {

    @Override
    public String toString() {
        // tokens are never printed
        return "SiteverifyQuery[remoteIp=" + remoteIp + "]";
    }
}
