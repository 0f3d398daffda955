package org.captchaee.it.support;

import java.time.Duration;

/**
 * One multiplier for every timing margin of the server tests (how long to wait for a deployment, a metric, a recovery,
 * or how late a hanging provider may be answered), as the MicroProfile TCK has one for its own: a slow machine runs
 * {@code mvn -B verify -Dcaptcha.it.time-scale=2}. The durations an application is configured with are never scaled:
 * they are what the tests check.
 */
public final class TimeScale {

    /** The system property that holds the multiplier; 1 when unset. */
    public static final String PROPERTY = "captcha.it.time-scale";

    private static final double FACTOR = factor();

    private TimeScale() {}

    /**
     * A margin, scaled.
     *
     * @param margin the margin on a machine like CI's
     * @return the margin on this machine
     */
    public static Duration of(Duration margin) {
        return Duration.ofMillis(millis(margin.toMillis()));
    }

    /**
     * A margin in milliseconds, scaled.
     *
     * @param margin the margin on a machine like CI's
     * @return the margin on this machine
     */
    public static long millis(long margin) {
        return Math.round(margin * FACTOR);
    }

    private static double factor() {
        String value = System.getProperty(PROPERTY, "1");
        try {
            double factor = Double.parseDouble(value);
            if (factor >= 1 && factor <= 100) {
                return factor;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(PROPERTY + "=" + value + " is invalid: a number from 1 to 100.");
    }
}
