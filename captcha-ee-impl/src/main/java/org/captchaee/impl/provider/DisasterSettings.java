package org.captchaee.impl.provider;

import java.time.Duration;

import org.captchaee.impl.config.ConfigReader;

/**
 * Reads the two disaster-token keys every verifier with a disaster path has ({@code <prefix>disaster-tickets} and
 * {@code <prefix>disaster-ticket-max-age}), with the same defaults and bounds for every provider.
 */
public final class DisasterSettings {

    /** The default of {@code disaster-ticket-max-age}. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(10);

    private DisasterSettings() {}

    /**
     * The mode.
     *
     * @param reader the configuration reader, which reports a bad value
     * @param key the key, for example {@code captcha.tencent.disaster-tickets}
     * @return the mode, {@link DisasterTicketMode#DURING_OUTAGE} by default
     */
    public static DisasterTicketMode mode(ConfigReader reader, String key) {
        return reader.choice(
                key, DisasterTicketMode.DURING_OUTAGE, DisasterTicketMode::parse, "during-outage, never, always");
    }

    /**
     * The oldest token accepted.
     *
     * @param reader the configuration reader, which reports a bad value
     * @param key the key, for example {@code captcha.tencent.disaster-ticket-max-age}
     * @return from 1 s to 1 day, 10 minutes by default
     */
    public static Duration maxAge(ConfigReader reader, String key) {
        return reader.duration(key, DEFAULT_MAX_AGE, Duration.ofSeconds(1), Duration.ofDays(1));
    }
}
