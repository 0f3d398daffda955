package org.captchaee.impl.verify;

import org.captchaee.impl.runtime.AllowBudget;
import org.captchaee.impl.state.KeyFamily;
import org.captchaee.impl.state.SharedState;
import org.captchaee.impl.state.StateKey;
import org.captchaee.impl.state.StoreTrouble;
import org.captchaee.spi.StateStoreUnavailableException;

/** Counts the degraded passes of the outage policy {@code allow} against its {@link AllowBudget}, in a state store. */
final class AllowBudgetCounts {

    private final AllowBudget budget;

    /**
     * Creates the counts of a budget.
     *
     * @param budget the bound
     */
    AllowBudgetCounts(AllowBudget budget) {
        this.budget = budget;
    }

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
            return (budget.perClient() > 0 && store.count(clientKey(store, verifier, clientIp)) >= budget.perClient())
                    || (budget.overall() > 0 && store.count(overallKey(store, verifier)) >= budget.overall());
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
        if (budget.perClient() == 0 && budget.overall() == 0) {
            return true;
        }
        try {
            if (budget.perClient() > 0
                    && store.increment(clientKey(store, verifier, clientIp), budget.window()) > budget.perClient()) {
                return false; // not counted overall: only the passes granted spend the global budget
            }
            return budget.overall() == 0
                    || store.increment(overallKey(store, verifier), budget.window()) <= budget.overall();
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
