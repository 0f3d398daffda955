package org.captchaee.impl.state;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.captchaee.impl.log.MessageIds;
import org.captchaee.impl.log.RateLimitedLog;

/**
 * Reports a failing {@link org.captchaee.spi.CaptchaStateStore} at most once a minute. The callers then carry on in the
 * safe direction (a captcha is required, a budget counts as spent, an outage is not assumed), so a broken store never
 * waves calls through and never turns them into errors.
 */
public final class StoreTrouble {

    private static final RateLimitedLog LOG =
            new RateLimitedLog(Logger.getLogger(StoreTrouble.class.getName()), Duration.ofMinutes(1), System::nanoTime);

    private StoreTrouble() {}

    /**
     * Reports a failure.
     *
     * @param what what the store was asked to do
     * @param failure what it threw
     */
    public static void report(String what, RuntimeException failure) {
        LOG.log(
                Level.SEVERE,
                what,
                () -> MessageIds.CORE_STORE_FAILED + " The captcha state store failed to " + what + " (" + failure
                        + "); captcha-ee goes on in the safe direction.");
    }
}
