package org.captchaee.impl.state;

/** Hears every operation of the state store that failed, so that they can be counted. */
public interface StoreFailures {

    /** Hears nothing. */
    StoreFailures IGNORED = operation -> {};

    /**
     * A store operation failed: it threw, or did not answer in time. Called before the failure is thrown on.
     *
     * @param operation {@code put-if-absent}, {@code increment}, {@code count} or {@code remove}
     */
    void failed(String operation);
}
