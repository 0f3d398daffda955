package org.captchaee.impl.request;

/** A captcha header that fails the generic checks; its message is safe to show to the client. */
public final class MalformedHeaderException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what is wrong, naming the header but never quoting its value
     */
    public MalformedHeaderException(String message) {
        super(message, null, false, false);
    }
}
