package org.captchaee.impl.runtime;

import java.time.Duration;

/**
 * When a protected method asks for a captcha: always, or only after failures or beyond a number of calls.
 *
 * @param afterFailures failures (401 or 403) within {@code failureWindow} before a captcha is required; 0 for none
 * @param failureWindow the window of the failure count
 * @param afterRequests calls within {@code requestWindow} that pass without a captcha; 0 for none
 * @param requestWindow the window of the call count
 */
public record Triggers(int afterFailures, Duration failureWindow, int afterRequests, Duration requestWindow) {

    /** A captcha on every call. */
    public static final Triggers ALWAYS = new Triggers(0, Duration.ofMinutes(15), 0, Duration.ofHours(1));

    /**
     * Whether every call needs a captcha.
     *
     * @return {@code true} when neither trigger is set
     */
    public boolean always() {
        return afterFailures == 0 && afterRequests == 0;
    }
}
