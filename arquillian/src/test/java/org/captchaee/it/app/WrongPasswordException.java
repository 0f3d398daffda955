package org.captchaee.it.app;

/** An application's own exception for a failed login, which its exception mapper answers with 401. */
public class WrongPasswordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public WrongPasswordException() {
        super("wrong password");
    }
}
