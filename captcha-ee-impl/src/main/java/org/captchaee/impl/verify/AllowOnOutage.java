package org.captchaee.impl.verify;

import java.util.Optional;
import java.util.logging.Level;

import org.captchaee.CaptchaError;
import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.log.MessageIds;
import org.captchaee.impl.log.RateLimitedLog;
import org.captchaee.impl.observe.GuardSignals;
import org.captchaee.impl.runtime.AllowBudget;
import org.captchaee.impl.runtime.CaptchaOperation;
import org.captchaee.impl.state.InMemoryStateStore;
import org.captchaee.impl.state.OutageLedger;
import org.captchaee.impl.state.SharedState;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.StateStoreUnavailableException;

/**
 * The outage policy {@code allow}: while the verifier is unavailable, calls pass without a captcha (a degraded pass),
 * within the {@link AllowBudget} of each client and of all clients. Past the budget, the budget's fallback captcha
 * decides, or the call is refused with 503.
 */
final class AllowOnOutage implements OutageHandling {

    private static final String STATE_STORE = "state-store";
    /** How many clients' degraded passes are counted on this node while the shared store is unavailable. */
    private static final int NODE_LOCAL_BUDGET_ENTRIES = 10_000;

    private final AllowBudget budget;
    private final AllowBudgetCounts counts;
    private final SharedState store;
    private final SharedState nodeLocal;
    private final OutageLedger outages;
    private final FallbackCaptcha fallback;
    private final GuardSignals signals;
    private final RateLimitedLog outageLog;

    AllowOnOutage(
            AllowBudget budget,
            SharedState store,
            OutageLedger outages,
            FallbackCaptcha fallback,
            GuardSignals signals,
            RateLimitedLog outageLog) {
        this.budget = budget;
        this.counts = new AllowBudgetCounts(budget);
        this.store = store;
        this.nodeLocal = InMemoryStateStore.nodeLocal(NODE_LOCAL_BUDGET_ENTRIES);
        this.outages = outages;
        this.fallback = fallback;
        this.signals = signals;
        this.outageLog = outageLog;
    }

    /** The budget's fallback, once this client's budget is spent while the verifier is known to be down. */
    @Override
    public Optional<String> standIn(CaptchaOperation operation, String client) {
        return budget.fallbackVerifier()
                .filter(name -> outages.downAsFarAsKnown(operation.verifier())
                        && counts.spent(store, operation.verifier(), client));
    }

    @Override
    public Decision onOutage(CaptchaOperation operation, CaptchaSubmission submission, String client, Verdict outage) {
        String name = operation.verifier();
        return spend(name, client) ? allow(name, outage) : overBudget(name, submission, outage);
    }

    /**
     * Spends a degraded pass of the allow budget, in the shared store, or, while that one is unavailable, in this node's
     * memory: a store outage is no reason to pass calls without any bound.
     */
    private boolean spend(String name, String client) {
        try {
            return counts.spend(store, name, client);
        } catch (StateStoreUnavailableException e) {
            return counts.spend(nodeLocal, name, client);
        }
    }

    /** Past the allow budget: the fallback captcha if there is one, else a refusal. */
    private Decision overBudget(String name, CaptchaSubmission submission, Verdict outage) {
        signals.allowBudgetSpent(name);
        outageLog.log(
                Level.WARNING,
                name + "-budget",
                () -> MessageIds.CORE_ALLOW_BUDGET_SPENT + " The allow budget of the unavailable verifier '" + name
                        + "' is spent: calls now need"
                        + budget.fallbackVerifier()
                                .map(other -> " the fallback captcha '" + other + "'")
                                .orElse(" to wait (503)")
                        + ".");
        return budget.fallbackVerifier()
                .map(other -> fallback.decide(other, submission))
                .orElseGet(() -> Decision.deny(name, outage, CaptchaError.CAPTCHA_UNAVAILABLE));
    }

    private Decision allow(String name, Verdict outage) {
        if (outage.reason() == VerdictReason.STORE_UNAVAILABLE) {
            outageLog.log(
                    Level.SEVERE,
                    STATE_STORE + "-allow",
                    () -> MessageIds.CORE_STORE_UNAVAILABLE_ALLOWED
                            + " The captcha state store is unavailable: calls to '" + name
                            + "' pass without a one-time check under the outage policy allow, within the allow budget"
                            + " counted on this node until the store answers again.");
            return Decision.pass(name, outage.toDegradedPass());
        }
        outageLog.log(
                Level.WARNING,
                name,
                () -> MessageIds.CORE_DEGRADED_PASSES + " The captcha verifier '" + name + "' is unavailable ("
                        + outage.reason().code()
                        + outage.providerCode()
                                .map(code -> ", provider code " + code)
                                .orElse("")
                        + "): calls pass without a captcha under the outage policy allow.");
        return Decision.pass(name, outage.toDegradedPass());
    }
}
