package org.captchaee.impl.state;

import java.nio.charset.StandardCharsets;

import org.captchaee.spi.CaptchaStateStore;

/** Shared state over a given store, with a fixed digest key, for tests. */
public final class TestStates {

    private static final byte[] KEY = "test digest key of the state store".getBytes(StandardCharsets.UTF_8);

    private TestStates() {}

    /**
     * Shared state over a store.
     *
     * @param store the store
     * @return the shared state
     */
    public static SharedState over(CaptchaStateStore store) {
        return new SharedState(store, KEY);
    }
}
