package org.captchaee.impl.request;

import org.captchaee.impl.problem.ProblemMessage;

/**
 * A captcha header that fails the generic checks; its {@linkplain #detail() detail} is safe to show to the client, and
 * its message is that detail's English.
 */
public final class MalformedHeaderException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What the client is told. */
    private final transient ProblemMessage detail;

    /**
     * Creates an exception.
     *
     * @param detail what is wrong, naming the header but never quoting its value
     */
    public MalformedHeaderException(ProblemMessage detail) {
        super(detail.english(), null, false, false);
        this.detail = detail;
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
