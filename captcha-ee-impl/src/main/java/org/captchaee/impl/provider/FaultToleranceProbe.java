package org.captchaee.impl.provider;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Finds out whether MicroProfile Fault Tolerance acts on this deployment's beans, the one way that holds on every
 * server: a method that fails on its first attempt and carries {@code @Retry}. It answers on its second attempt only
 * if Fault Tolerance retried it; without Fault Tolerance (Eclipse GlassFish ships none, or it is switched off) the
 * annotation does nothing and the first failure comes back. Called at most once per deployment, by
 * {@link FaultToleranceStatus}.
 */
@ApplicationScoped
public class FaultToleranceProbe {

    private final AtomicInteger attempts = new AtomicInteger();

    /**
     * Fails on the first attempt, answers on the next.
     *
     * @return how many attempts were made
     * @throws IllegalStateException on the first attempt, which reaches the caller where Fault Tolerance does not act
     */
    @Retry(maxRetries = 1, delay = 0, jitter = 0)
    public int attempts() {
        int attempt = attempts.incrementAndGet();
        if (attempt == 1) {
            throw new IllegalStateException("the first attempt fails, so that only a retry answers");
        }
        return attempt;
    }
}
