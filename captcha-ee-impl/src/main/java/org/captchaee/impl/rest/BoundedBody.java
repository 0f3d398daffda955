package org.captchaee.impl.rest;

import java.io.IOException;
import java.io.InputStream;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaError;
import org.captchaee.impl.problem.LocalizedDeniedException;
import org.captchaee.impl.problem.ProblemMessage;

/** Reads a request body up to a limit, never further: a longer body is refused after one byte more than the limit. */
public final class BoundedBody {

    private BoundedBody() {}

    /**
     * Reads a body.
     *
     * @param body the entity stream
     * @param maxBytes the most bytes accepted
     * @param verifier the verifier whose endpoint reads it, for the refusal
     * @return the body's bytes
     * @throws CaptchaDeniedException 413 {@code captcha_body_too_large} beyond the limit, 400 {@code captcha_malformed}
     *     when the stream fails
     */
    public static byte[] read(InputStream body, int maxBytes, String verifier) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new LocalizedDeniedException(
                    CaptchaError.CAPTCHA_MALFORMED, verifier, ProblemMessage.of("detail.body.unreadable"), null);
        }
        if (bytes.length > maxBytes) {
            throw new LocalizedDeniedException(
                    CaptchaError.CAPTCHA_BODY_TOO_LARGE,
                    verifier,
                    ProblemMessage.of("detail.body.too_large", maxBytes),
                    null);
        }
        return bytes;
    }
}
