package org.captchaee.impl.provider;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers when a verifier last saw its provider fail (a timeout, a provider error, "system busy", an open circuit, our
 * credentials refused). Disaster tokens are only believed within {@link #WINDOW} of such a failure. One per verifier,
 * per application and server: every node judges from what it saw itself.
 */
public final class OutageWatch {

    /** How long an observed failure vouches for disaster tickets. */
    public static final Duration WINDOW = Duration.ofMinutes(2);

    private static final long NEVER = Long.MIN_VALUE;

    private final AtomicLong lastFailureNanos = new AtomicLong(NEVER);

    /** Records a failure seen now. */
    public void failureObserved() {
        lastFailureNanos.set(System.nanoTime());
    }

    /**
     * Whether the provider was seen failing within the window.
     *
     * @return {@code true} during an observed outage
     */
    public boolean outageObserved() {
        long last = lastFailureNanos.get();
        return last != NEVER && System.nanoTime() - last <= WINDOW.toNanos();
    }
}
