package org.captchaee.impl.cdi;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.captchaee.RequiresCaptcha;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * An application bean whose protected method also carries Fault Tolerance, as business methods often do: a retry for
 * its own failures and a fallback answer.
 */
@ApplicationScoped
public class FaultTolerantBean {

    /** What the fallback answers. */
    public static final String FALLBACK = "fallback";

    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicInteger fallbacks = new AtomicInteger();
    private volatile int failuresToCome;

    /**
     * A protected call with a retry and a fallback; it fails as often as {@link #failNextRuns(int)} asked.
     *
     * @return {@code "done"}, or the fallback's answer
     */
    @RequiresCaptcha(scene = "transfer")
    @Retry(maxRetries = 2, delay = 0, jitter = 0)
    @Fallback(fallbackMethod = "fallback")
    public String transfer() {
        runs.incrementAndGet();
        if (failuresToCome > 0) {
            failuresToCome--;
            throw new IllegalStateException("the business failed");
        }
        return "done";
    }

    /**
     * The fallback of {@link #transfer()}.
     *
     * @return {@link #FALLBACK}
     */
    public String fallback() {
        fallbacks.incrementAndGet();
        return FALLBACK;
    }

    /**
     * Makes the next runs of {@link #transfer()} fail.
     *
     * @param count how many
     */
    public void failNextRuns(int count) {
        failuresToCome = count;
    }

    /**
     * How many times the method's body ran.
     *
     * @return the count
     */
    public int runs() {
        return runs.get();
    }

    /**
     * How many times the fallback answered.
     *
     * @return the count
     */
    public int fallbacks() {
        return fallbacks.get();
    }
}
