package org.captchaee.impl.verify;

import java.time.Duration;
import java.util.Optional;

import org.captchaee.impl.state.KeyFamily;
import org.captchaee.impl.state.SharedState;
import org.captchaee.impl.state.StateKey;
import org.captchaee.impl.state.StoreTrouble;
import org.captchaee.spi.StateStoreUnavailableException;

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

    /**
     * Whether a client's budget is spent, without spending any.
     *
     * @param store where the counts live
     * @param verifier the unavailable verifier
     * @param clientIp the client IP
     * @return {@code true} if the next degraded pass would be past the budget; also when the store cannot tell
     */
    boolean spent(SharedState store, String verifier, String clientIp) {
        try {
            return (perClient > 0 && store.count(clientKey(store, verifier, clientIp)) >= perClient)
                    || (overall > 0 && store.count(overallKey(store, verifier)) >= overall);
        } catch (RuntimeException e) {
            StoreTrouble.report("read the allow budget", e);
            return true;
        }
    }

    /**
     * Spends one degraded pass.
     *
     * @param store where the counts live
     * @param verifier the unavailable verifier
     * @param clientIp the client IP
     * @return {@code true} if the pass is within the budget; {@code false} also when the store fails for a reason of
     *     its own load
     * @throws StateStoreUnavailableException when the store cannot be reached, for the caller to count elsewhere
     */
    boolean spend(SharedState store, String verifier, String clientIp) {
        if (perClient == 0 && overall == 0) {
            return true;
        }
        try {
            if (perClient > 0 && store.increment(clientKey(store, verifier, clientIp), window) > perClient) {
                return false; // not counted overall: only the passes granted spend the global budget
            }
            return overall == 0 || store.increment(overallKey(store, verifier), window) <= overall;
        } catch (StateStoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            StoreTrouble.report("count the allow budget", e);
            return false;
        }
    }

    private static StateKey clientKey(SharedState store, String verifier, String clientIp) {
        return store.key(KeyFamily.ALLOW_BUDGET_CLIENT, verifier, clientIp);
    }

    private static StateKey overallKey(SharedState store, String verifier) {
        return store.key(KeyFamily.ALLOW_BUDGET_ALL, verifier);
    }
}
