package org.captchaee.impl.provider;

import org.captchaee.Verdict;

/**
 * How a provider's answers map to the library's outcomes: the outages (see {@link OutageReading}), and the verdict of
 * every other answer. Everything a client can provoke by choosing what it sends, codes this mapping does not know
 * included, is a rejection, never an outage.
 *
 * @param <A> the provider's answer
 */
public interface AnswerMapping<A> extends OutageReading<A> {

    /**
     * The verdict of an answer that is not an outage.
     *
     * @param answer the answer
     * @return a pass, or a rejection
     */
    Verdict verdict(A answer);
}
