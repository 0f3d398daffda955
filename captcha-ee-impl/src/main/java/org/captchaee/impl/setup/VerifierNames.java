package org.captchaee.impl.setup;

import java.util.regex.Pattern;

/** The syntax of verifier names: lower case letters, digits and dashes, starting with a letter. */
public final class VerifierNames {

    /** A description of the syntax, for error messages. */
    public static final String SYNTAX = "lower case letters, digits and dashes, starting with a letter";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private VerifierNames() {}

    /**
     * Whether a name is well formed.
     *
     * @param name the candidate
     * @return {@code true} if it matches the syntax
     */
    public static boolean isValid(String name) {
        return NAME.matcher(name).matches();
    }
}
