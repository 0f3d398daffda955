package org.captchaee.impl.tencent;

import org.captchaee.VerdictReason;
import org.captchaee.spi.CaptchaUnavailableException;

/**
 * The request provably never reached Tencent (the connection was refused), so sending it again cannot make Tencent see
 * the ticket twice: the only failure the client retries.
 */
public class RequestNotSentException extends CaptchaUnavailableException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param cause the connection failure
     */
    public RequestNotSentException(Throwable cause) {
        super(VerdictReason.PROVIDER_ERROR, "connection-refused", "Tencent refused the connection", cause);
    }
}
