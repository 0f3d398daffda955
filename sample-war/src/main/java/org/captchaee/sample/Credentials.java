package org.captchaee.sample;

/** The body of {@code POST /api/login}. */
public class Credentials {

    /** The account name. */
    public String username;

    /** The password. */
    public String password;
}
