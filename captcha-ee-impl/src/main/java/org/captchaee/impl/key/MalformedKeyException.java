package org.captchaee.impl.key;

import org.captchaee.CaptchaError;
import org.captchaee.impl.problem.ProblemMessage;

/**
 * The {@code @CaptchaKey} of a call cannot be read with certainty from what the client sent, so the call must not run:
 * counting it per IP only would let a client hide the key (an account, a phone number) that the application reads. The
 * {@linkplain #detail() detail} is written for the client and names the member, never its value (the
 * {@linkplain #getMessage() message} is its English); {@link #error()} is the answer to give.
 */
public final class MalformedKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The answer to give. */
    private final CaptchaError error;

    /** What the client is told. */
    private final transient ProblemMessage detail;

    private MalformedKeyException(CaptchaError error, ProblemMessage detail) {
        super(detail.english(), null, false, false);
        this.error = error;
        this.detail = detail;
    }

    /** The key member is present but holds an array, an object, a boolean or {@code null}. */
    static MalformedKeyException notScalar(String member) {
        return new MalformedKeyException(
                CaptchaError.CAPTCHA_MALFORMED, ProblemMessage.of("detail.key.not_scalar", member));
    }

    /** The key member appears more than once, with different values. */
    static MalformedKeyException conflictingDuplicates(String member) {
        return new MalformedKeyException(
                CaptchaError.CAPTCHA_MALFORMED, ProblemMessage.of("detail.key.conflicting_duplicates", member));
    }

    /** The body is longer than the key is read from. */
    static MalformedKeyException bodyTooLarge(int maxChars) {
        return new MalformedKeyException(
                CaptchaError.CAPTCHA_BODY_TOO_LARGE, ProblemMessage.of("detail.key.body_too_large", maxChars));
    }

    /**
     * The answer to give: {@link CaptchaError#CAPTCHA_MALFORMED} (400) for a key member of the wrong type or duplicated
     * with different values, {@link CaptchaError#CAPTCHA_BODY_TOO_LARGE} (413) for a body over the limit.
     *
     * @return the error
     */
    public CaptchaError error() {
        return error;
    }

    /**
     * What the client is told, in the language of the answer.
     *
     * @return the problem's {@code detail}
     */
    public ProblemMessage detail() {
        return detail;
    }
}
