package org.captchaee.sample;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/** The sample's only account store: one demo user, alice / wonderland. A real application has its own. */
@ApplicationScoped
public class DemoAccounts {

    private static final Map<String, String> PASSWORDS = Map.of("alice", "wonderland");

    /**
     * Checks a username and password.
     *
     * @param credentials what the user typed
     * @return {@code true} if they match a demo account
     */
    public boolean check(Credentials credentials) {
        String expected = PASSWORDS.get(credentials.username);
        return expected != null
                && credentials.password != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8),
                        credentials.password.getBytes(StandardCharsets.UTF_8));
    }
}
