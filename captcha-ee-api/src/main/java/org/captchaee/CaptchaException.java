package org.captchaee;

/**
 * The root of the unchecked exceptions of captcha-ee.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * try {
 *     protectedService.call();
 * } catch (CaptchaException e) {
 *     // a call refused by a captcha, or a captcha configuration error
 * }
 * </pre>
 *
 * @since 0.1
 * @see CaptchaDeniedException
 * @see CaptchaDefinitionException
 */
public class CaptchaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with no message. */
    public CaptchaException() {
        super();
    }

    /**
     * Creates an exception.
     *
     * @param message what went wrong
     */
    public CaptchaException(String message) {
        super(message);
    }

    /**
     * Creates an exception.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public CaptchaException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception.
     *
     * @param cause the underlying failure
     */
    public CaptchaException(Throwable cause) {
        super(cause);
    }
}
