package org.captchaee.impl.provider;

import java.util.Optional;

import org.captchaee.spi.CaptchaUnavailableException;

/**
 * Reads the outage a provider's answer means, if it means one. Only failures no client can cause are outages: the
 * provider's own errors and overload, and its refusal of our credentials. A provider's Fault Tolerance client throws
 * them, so that its circuit breaker counts them.
 *
 * @param <A> the provider's answer
 */
@FunctionalInterface
public interface OutageReading<A> {

    /**
     * The outage an answer means, if it means one.
     *
     * @param answer the answer
     * @return the outage to report, empty for every answer a client can provoke
     */
    Optional<CaptchaUnavailableException> outage(A answer);

    /**
     * The answer, unless it means an outage.
     *
     * @param answer the answer
     * @return the answer
     * @throws CaptchaUnavailableException the outage the answer means
     */
    default A unlessOutage(A answer) {
        Optional<CaptchaUnavailableException> outage = outage(answer);
        if (outage.isPresent()) {
            throw outage.get();
        }
        return answer;
    }
}
