package org.captchaee.impl.observe;

/**
 * Hears what the guard reports besides the {@link org.captchaee.CaptchaEvent} of each call: the rare events that
 * metrics count. Implementations register with {@link GuardSignals#listen(GuardListener)} and must be quick and never
 * throw.
 */
public interface GuardListener {

    /**
     * A call to an unavailable verifier under the outage policy {@code allow} found its client's allow budget spent.
     *
     * @param verifier the verifier's name
     */
    default void allowBudgetSpent(String verifier) {}

    /**
     * The state store failed one operation (it threw, or did not answer in time).
     *
     * @param operation the store operation: {@code put-if-absent}, {@code increment}, {@code count} or {@code remove}
     */
    default void storeError(String operation) {}
}
