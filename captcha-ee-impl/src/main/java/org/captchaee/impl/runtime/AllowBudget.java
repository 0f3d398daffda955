package org.captchaee.impl.runtime;

import java.time.Duration;
import java.util.Optional;

/**
 * Bounds the fail-open of the outage policy {@code allow}: at most {@code perClient} degraded passes per client IP and
 * {@code overall} in all per window. Past the budget, a call is treated as under the policy {@code fallback} (or
 * {@code deny} when no fallback verifier is configured). Zero means no bound.
 *
 * @param perClient degraded passes per client IP per window ({@code captcha.outage.allow-budget})
 * @param overall degraded passes in all per window ({@code captcha.outage.allow-budget-global})
 * @param window the window ({@code captcha.outage.allow-budget-window})
 * @param fallbackVerifier {@code captcha.outage.fallback}, if set
 */
public record AllowBudget(long perClient, long overall, Duration window, Optional<String> fallbackVerifier) {

    /**
     * The default of {@code captcha.outage.allow-budget}: 100 degraded passes per client per window. That is ten a
     * minute, enough for the users behind one NAT or one IPv6 /64 to keep logging in through a real outage, while a
     * client that makes disaster tickets or waits for an outage gets at most that many passes without a captcha.
     */
    public static final long DEFAULT_PER_CLIENT = 100;

    /** The default of {@code captcha.outage.allow-budget-window}: ten minutes. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

    /** No bound: every outage under {@code allow} is a degraded pass. */
    public static final AllowBudget UNLIMITED = new AllowBudget(0, 0, DEFAULT_WINDOW, Optional.empty());
}
