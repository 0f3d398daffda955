package org.captchaee.impl.problem;

import java.time.Duration;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaError;

/**
 * A refusal by the library itself, whose {@code detail} the exception mapper writes in the language of the request.
 * Its {@linkplain #getMessage() message} stays the library's English, for logs and for an application's own mapper.
 *
 * <p>A refusal is an answer to the client, not a failure of the server: it records no stack trace, which would cost more
 * than the whole check on a refused call.
 */
public final class LocalizedDeniedException extends CaptchaDeniedException {

    private static final long serialVersionUID = 1L;

    /** The problem's {@code detail} as a key and arguments. */
    private final transient ProblemMessage detail;

    /**
     * Creates an exception.
     *
     * @param error the answer to give
     * @param verifier the name of the verifier whose captcha the client must solve
     * @param detail the problem's {@code detail}
     * @param retryAfter when to retry, for {@link CaptchaError#CAPTCHA_UNAVAILABLE} and
     *     {@link CaptchaError#CAPTCHA_RATE_LIMITED}; {@code null} otherwise
     */
    public LocalizedDeniedException(CaptchaError error, String verifier, ProblemMessage detail, Duration retryAfter) {
        super(error, verifier, detail.english(), retryAfter);
        this.detail = detail;
    }

    /**
     * Records no stack trace: the refusal is an expected answer, and where it was thrown is always the guard.
     *
     * @return this exception
     */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /**
     * The problem's {@code detail}, to put into words in the answer's language.
     *
     * @return the key and its arguments
     */
    public ProblemMessage detail() {
        return detail;
    }
}
