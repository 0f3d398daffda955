package org.captchaee.impl.tencent;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Remembers when this application last saw Tencent fail (a timeout, a provider error, "system busy", an open circuit).
 * Disaster tickets are only believed within {@link #WINDOW} of such a failure.
 */
@ApplicationScoped
public class OutageWatch {

    /** How long an observed failure vouches for disaster tickets. */
    public static final Duration WINDOW = Duration.ofMinutes(2);

    private static final long NEVER = Long.MIN_VALUE;

    private final AtomicLong lastFailureNanos = new AtomicLong(NEVER);

    /** Records a failure seen now. */
    public void failureObserved() {
        lastFailureNanos.set(System.nanoTime());
    }

    /**
     * Whether Tencent was seen failing within the window.
     *
     * @return {@code true} during an observed outage
     */
    public boolean outageObserved() {
        long last = lastFailureNanos.get();
        return last != NEVER && System.nanoTime() - last <= WINDOW.toNanos();
    }
}
