package org.captchaee.impl.adaptive;

import org.captchaee.CaptchaError;

/**
 * The {@code @CaptchaKey} of a call cannot be read with certainty from what the client sent, so the call must not run:
 * counting it per IP only would let a client hide the key (an account, a phone number) that the application reads. The
 * {@linkplain #getMessage() message} is written for the client and names the member, never its value; {@link #error()}
 * is the answer to give.
 */
public final class MalformedKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The answer to give. */
    private final CaptchaError error;

    private MalformedKeyException(CaptchaError error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    /** The key member is present but holds an array, an object, a boolean or {@code null}. */
    static MalformedKeyException notScalar(String member) {
        return new MalformedKeyException(
                CaptchaError.CAPTCHA_MALFORMED,
                "The member '" + member + "' of the body must be a JSON string or number.");
    }

    /** The key member appears more than once, with different values. */
    static MalformedKeyException conflictingDuplicates(String member) {
        return new MalformedKeyException(
                CaptchaError.CAPTCHA_MALFORMED,
                "The member '" + member + "' appears more than once in the body, with different values.");
    }

    /** The body is longer than the key is read from. */
    static MalformedKeyException bodyTooLarge(int maxChars) {
        return new MalformedKeyException(
                CaptchaError.CAPTCHA_BODY_TOO_LARGE,
                "The request body is too large: at most " + maxChars + " characters are accepted.");
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
}
