package org.captchaee.impl.provider;

import org.captchaee.VerdictReason;
import org.captchaee.spi.CaptchaUnavailableException;

/**
 * The request provably never reached the provider (the connection was refused), so sending it again cannot make the
 * provider see a one-time token twice: the only failure a provider client retries.
 */
public class RequestNotSentException extends CaptchaUnavailableException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param provider the provider's name, for the message
     * @param cause the connection failure
     */
    public RequestNotSentException(String provider, Throwable cause) {
        super(VerdictReason.PROVIDER_ERROR, "connection-refused", provider + " refused the connection", cause);
    }
}
