package org.captchaee.impl.config;

import java.util.ArrayList;
import java.util.List;

/** Collects the configuration errors found at deployment, so that one failed deployment reports all of them. */
public final class ConfigProblems {

    private final List<String> messages = new ArrayList<>();

    /**
     * Records an invalid value.
     *
     * @param key the configuration key (or annotation member) that holds it
     * @param value the bad value; never a secret
     * @param accepted what would be accepted
     */
    public void invalid(String key, String value, String accepted) {
        add(key + "=" + value + " is invalid. Accepted values: " + accepted + ".");
    }

    /**
     * Records an error in free words; the message must name the key and the fix.
     *
     * @param message the error
     */
    public void add(String message) {
        messages.add(message);
    }

    /**
     * Whether any error was found.
     *
     * @return {@code true} if there are none
     */
    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /**
     * The errors found, in the order found.
     *
     * @return the messages
     */
    public List<String> messages() {
        return List.copyOf(messages);
    }
}
