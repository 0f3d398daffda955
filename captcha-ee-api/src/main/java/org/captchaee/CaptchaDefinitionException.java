package org.captchaee;

/**
 * A configuration or annotation error found while the application is deployed: an unknown verifier, a missing or invalid
 * configuration key. It fails the deployment; its message names the key, the bad value and the accepted values.
 *
 * <h2>Usage</h2>
 *
 * <p>A verifier reports its own missing configuration from
 * {@link org.captchaee.spi.CaptchaVerifier#checkConfiguration()}:
 *
 * <pre>
 * &#64;Override
 * public void checkConfiguration() {
 *     if (config.getOptionalValue("captcha.acme.secret", String.class).isEmpty()) {
 *         throw new CaptchaDefinitionException("captcha.acme.secret is not set: set it to the secret of your Acme site");
 *     }
 * }
 * </pre>
 *
 * @since 0.1
 */
public class CaptchaDefinitionException extends CaptchaException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message the key, the bad value, the accepted values and the fix
     */
    public CaptchaDefinitionException(String message) {
        super(message);
    }

    /**
     * Creates an exception.
     *
     * @param message the key, the bad value, the accepted values and the fix
     * @param cause the underlying failure
     */
    public CaptchaDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
