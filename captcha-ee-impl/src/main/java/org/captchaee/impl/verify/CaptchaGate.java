package org.captchaee.impl.verify;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.captchaee.CaptchaError;
import org.captchaee.OutagePolicy;
import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.log.MessageIds;
import org.captchaee.impl.log.RateLimitedLog;
import org.captchaee.impl.observe.GuardSignals;
import org.captchaee.impl.problem.ProblemMessage;
import org.captchaee.impl.request.CaptchaHeaders;
import org.captchaee.impl.runtime.AllowBudget;
import org.captchaee.impl.runtime.CaptchaOperation;
import org.captchaee.impl.state.InMemoryStateStore;
import org.captchaee.impl.state.OutageLedger;
import org.captchaee.impl.state.SharedState;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaUnavailableException;
import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.StateStoreFullException;
import org.captchaee.spi.StateStoreUnavailableException;

/**
 * Decides one protected call: asks the endpoint's verifier, maps its verdict to a pass or an answer, and applies the
 * outage policy when the verifier is unavailable. Only an outage can lead to a pass without a solved captcha: the
 * provider's (a failure no client can cause) or our state store's ({@link VerdictReason#STORE_UNAVAILABLE}). Every
 * verdict is shown to the {@link OutageLedger}, the one record of which providers are down.
 */
public final class CaptchaGate {

    private static final Logger LOG = Logger.getLogger(CaptchaGate.class.getName());
    private static final Duration LOG_INTERVAL = Duration.ofMinutes(1);
    private static final String STATE_STORE = "state-store";
    /** How many clients' degraded passes are counted on this node while the shared store is unavailable. */
    private static final int NODE_LOCAL_BUDGET_ENTRIES = 10_000;

    private final Function<String, CaptchaVerifier> verifiers;
    /** The headers each verifier declares, read once per verifier rather than on every call. */
    private final Map<CaptchaVerifier, Set<String>> declaredHeaders = new ConcurrentHashMap<>();

    private final SharedState store;
    private final SharedState nodeLocal;
    private final ReplayGuard replayGuard;
    private final OutageLedger outages;
    private final AllowBudget budget;
    private final AllowBudgetCounts budgetCounts;
    private final RateLimitedLog outageLog;
    private final StrayHeaders strayHeaders;
    private final GuardSignals signals;

    /**
     * Creates a gate.
     *
     * @param verifiers finds a verifier by name
     * @param store where replayed captchas and the allow budget are counted
     * @param outages what is known of provider outages
     * @param budget the bound of the outage policy allow
     * @param signals where every verdict and every spent allow budget is shown, for health checks and metrics
     */
    public CaptchaGate(
            Function<String, CaptchaVerifier> verifiers,
            SharedState store,
            OutageLedger outages,
            AllowBudget budget,
            GuardSignals signals) {
        this(verifiers, store, outages, budget, signals, new RateLimitedLog(LOG, LOG_INTERVAL, System::nanoTime));
    }

    CaptchaGate(
            Function<String, CaptchaVerifier> verifiers,
            SharedState store,
            OutageLedger outages,
            AllowBudget budget,
            GuardSignals signals,
            RateLimitedLog outageLog) {
        this.verifiers = verifiers;
        this.store = store;
        this.nodeLocal = InMemoryStateStore.nodeLocal(NODE_LOCAL_BUDGET_ENTRIES);
        this.replayGuard = new ReplayGuard(store);
        this.outages = outages;
        this.budget = budget;
        this.budgetCounts = new AllowBudgetCounts(budget);
        this.outageLog = outageLog;
        this.strayHeaders = new StrayHeaders(this::declared, budget);
        this.signals = signals;
    }

    /**
     * Decides a call whose captcha headers passed the generic checks.
     *
     * @param operation the protected method's settings
     * @param submission the captcha headers and context
     * @param client what the client's own state (allow budget, disaster tickets) is kept under: its IPv4 address or its
     *     IPv6 prefix
     * @return the decision
     */
    public Decision decide(CaptchaOperation operation, CaptchaSubmission submission, String client) {
        String name = operation.verifier();
        Optional<String> standIn = standIn(operation, client);
        Map<String, String> sent = submission.headers();
        if (sent.isEmpty()) {
            return Decision.deny(
                    standIn.orElse(name), Verdict.rejected(VerdictReason.MISSING, null), CaptchaError.CAPTCHA_REQUIRED);
        }
        Optional<String> stray = strayHeaders.beforeAsking(operation, sent);
        if (stray.isPresent()) {
            return strayHeader(operation, stray.get());
        }
        // the stand-in is asked first: its captcha may come in the same header as the one of the verifier that is down
        Optional<Decision> byStandIn =
                standIn.map(fallback -> fallbackDecision(fallback, ask(fallback, submission.copy())));
        if (byStandIn.isPresent() && byStandIn.get().refusal().isEmpty()) {
            return byStandIn.get();
        }
        CaptchaSubmission own = submission.copy();
        Verdict verdict = ask(name, own);
        return switch (verdict.outcome()) {
            case PASSED -> {
                yield strayHeaders
                        .afterPass(operation, sent, name, readBy(name, own))
                        .map(header -> strayHeader(operation, header))
                        .orElseGet(() -> Decision.pass(name, verdict));
            }
            case REJECTED -> rejected(operation, submission, client, verdict, byStandIn);
            case UNAVAILABLE -> onOutage(operation, submission, client, verdict);
        };
    }

    /**
     * The verifier that serves calls in place of the endpoint's own while that one is known to be down (or, after a
     * disaster ticket, out of this client's reach): the fallback, under the policy fallback, or under allow once this
     * client's budget is spent.
     */
    private Optional<String> standIn(CaptchaOperation operation, String client) {
        Optional<String> fallback =
                switch (operation.outagePolicy()) {
                    case FALLBACK -> operation.fallbackVerifier();
                    case ALLOW -> budget.fallbackVerifier();
                    default -> Optional.empty();
                };
        if (fallback.isEmpty()) {
            return Optional.empty();
        }
        boolean sendsThere = operation.outagePolicy() == OutagePolicy.FALLBACK
                ? outages.downFor(operation.verifier(), client)
                : outages.downAsFarAsKnown(operation.verifier())
                        && budgetCounts.spent(store, operation.verifier(), client);
        return sendsThere ? fallback : Optional.empty();
    }

    /**
     * A rejection, unless the fallback captcha should decide: a disaster ticket under the policy fallback (the client
     * cannot reach the provider), or a request without the verifier's captcha while a stand-in serves (then the
     * stand-in's own refusal, which asks for its captcha). When this server is too busy to verify, the answer is 503, or
     * the fallback captcha under the policy fallback.
     */
    private Decision rejected(
            CaptchaOperation operation,
            CaptchaSubmission submission,
            String client,
            Verdict rejection,
            Optional<Decision> standInRefusal) {
        if (rejection.reason() == VerdictReason.DISASTER_TICKET && operation.outagePolicy() == OutagePolicy.FALLBACK) {
            outages.unreachableFrom(operation.verifier(), client);
            return fallback(operation.fallbackVerifier().orElseThrow(), operation, submission);
        }
        if (rejection.reason() == VerdictReason.MISSING && standInRefusal.isPresent()) {
            return standInRefusal.get();
        }
        if (rejection.reason() == VerdictReason.SERVER_BUSY) {
            // our own overload: never the provider's outage, never a pass
            return operation.outagePolicy() == OutagePolicy.FALLBACK
                    ? fallback(operation.fallbackVerifier().orElseThrow(), operation, submission)
                    : Decision.deny(operation.verifier(), rejection, CaptchaError.CAPTCHA_UNAVAILABLE);
        }
        return Decision.deny(operation.verifier(), rejection, errorFor(rejection.reason()));
    }

    private Decision onOutage(CaptchaOperation operation, CaptchaSubmission submission, String client, Verdict outage) {
        String name = operation.verifier();
        return switch (operation.outagePolicy()) {
            case DENY -> Decision.deny(name, outage, CaptchaError.CAPTCHA_UNAVAILABLE);
            case FALLBACK -> fallback(operation.fallbackVerifier().orElseThrow(), operation, submission);
            default -> spendBudget(name, client) ? allow(name, outage) : overBudget(operation, submission, outage);
        };
    }

    /**
     * Spends a degraded pass of the allow budget, in the shared store, or, while that one is unavailable, in this node's
     * memory: a store outage is no reason to pass calls without any bound.
     */
    private boolean spendBudget(String name, String client) {
        try {
            return budgetCounts.spend(store, name, client);
        } catch (StateStoreUnavailableException e) {
            return budgetCounts.spend(nodeLocal, name, client);
        }
    }

    /** Past the allow budget: the fallback captcha if there is one, else a refusal. */
    private Decision overBudget(CaptchaOperation operation, CaptchaSubmission submission, Verdict outage) {
        String name = operation.verifier();
        signals.allowBudgetSpent(name);
        outageLog.log(
                Level.WARNING,
                name + "-budget",
                () -> MessageIds.CORE_ALLOW_BUDGET_SPENT + " The allow budget of the unavailable verifier '" + name
                        + "' is spent: calls now need"
                        + budget.fallbackVerifier()
                                .map(fallback -> " the fallback captcha '" + fallback + "'")
                                .orElse(" to wait (503)")
                        + ".");
        return budget.fallbackVerifier()
                .map(fallback -> fallback(fallback, operation, submission))
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

    private Decision fallback(String name, CaptchaOperation operation, CaptchaSubmission submission) {
        return fallbackDecision(name, ask(name, submission.copy()));
    }

    private static Decision fallbackDecision(String name, Verdict verdict) {
        return switch (verdict.outcome()) {
            case PASSED -> Decision.pass(name, verdict);
            case UNAVAILABLE -> Decision.deny(name, verdict, CaptchaError.CAPTCHA_UNAVAILABLE);
                // whatever the client sent was meant for the verifier that is down: ask for the fallback's captcha
            case REJECTED -> verdict.reason() == VerdictReason.SERVER_BUSY
                    ? Decision.deny(name, verdict, CaptchaError.CAPTCHA_UNAVAILABLE)
                    : Decision.deny(name, verdict, CaptchaError.CAPTCHA_REQUIRED);
        };
    }

    /**
     * Asks one verifier, on a submission of its own so that what it reads is known, and shows its verdict to the outage
     * ledger.
     */
    private Verdict ask(String name, CaptchaSubmission own) {
        try {
            CaptchaVerifier verifier = verifiers.apply(name);
            Verdict verdict = verifier.verify(own);
            if (verdict != null) {
                outages.record(name, verdict);
                signals.verdict(name, verdict);
                return verdict.isPassed() ? onlyOnce(name, verifier, own, verdict) : verdict;
            }
            LOG.severe(() -> MessageIds.CORE_NO_VERDICT + " The captcha verifier '" + name
                    + "' returned no verdict; the captcha is" + " rejected.");
        } catch (CaptchaUnavailableException e) {
            return Verdict.unavailable(e.reason(), e.providerCode().orElse(null));
        } catch (StateStoreUnavailableException e) {
            return storeUnavailable(e);
        } catch (StateStoreFullException e) {
            return storeTrouble(e);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    e,
                    () -> MessageIds.CORE_VERIFIER_FAILED + " The captcha verifier '" + name + "' failed with "
                            + e.getClass().getName() + "; the captcha is rejected.");
        }
        return Verdict.rejected(VerdictReason.VERIFIER_FAILED, null);
    }

    /**
     * A pass, unless the same captcha passed before: the provider's own one-time check is not relied upon. The captcha
     * is what the verifier read: headers it ignores never make it new.
     */
    private Verdict onlyOnce(String name, CaptchaVerifier verifier, CaptchaSubmission submission, Verdict pass) {
        Duration window = verifier.replayWindow();
        if (pass.degraded() || window.isZero()) {
            return pass;
        }
        try {
            String identity = HeaderUse.identity(submission, HeaderUse.read(declared(name), submission));
            return replayGuard.firstUse(name, identity, window)
                    ? pass
                    : Verdict.rejected(
                            VerdictReason.REPLAYED, pass.providerCode().orElse(null));
        } catch (StateStoreUnavailableException e) {
            return storeUnavailable(e);
        } catch (RuntimeException e) {
            return storeTrouble(e);
        }
    }

    /**
     * The state store cannot be reached or did not answer in time: an outage of our own, which no client can cause, for
     * the endpoint's outage policy. The provider is not marked down.
     */
    private Verdict storeUnavailable(StateStoreUnavailableException failure) {
        outageLog.log(
                Level.SEVERE,
                STATE_STORE,
                () -> MessageIds.CORE_STORE_UNAVAILABLE + " The captcha state store is unavailable ("
                        + failure.getMessage() + "): calls follow their outage policy until it answers again.");
        return Verdict.unavailable(VerdictReason.STORE_UNAVAILABLE, STATE_STORE);
    }

    /**
     * The state store cannot keep the mark that makes a captcha pass once (it is full, or busy with our own load): our
     * own trouble, refused with 503.
     */
    private Verdict storeTrouble(RuntimeException failure) {
        outageLog.log(
                Level.SEVERE,
                STATE_STORE + "-busy",
                () -> MessageIds.CORE_STORE_UNAVAILABLE + " The captcha state store failed (" + failure
                        + "): a captcha cannot be marked as used, so the call is refused (503).");
        return Verdict.rejected(VerdictReason.SERVER_BUSY, STATE_STORE);
    }

    private Set<String> readBy(String name, CaptchaSubmission submission) {
        return HeaderUse.read(declared(name), submission);
    }

    private Set<String> declared(String name) {
        return declaredHeaders.computeIfAbsent(verifiers.apply(name), HeaderUse::declared);
    }

    /** A refusal of a captcha header that no verifier of the endpoint reads, naming it but never its value. */
    private static Decision strayHeader(CaptchaOperation operation, String header) {
        return new Decision(
                operation.verifier(),
                Verdict.rejected(VerdictReason.MALFORMED, null),
                CaptchaError.CAPTCHA_MALFORMED,
                ProblemMessage.of("detail.header.stray", CaptchaHeaders.display(header)));
    }

    private static CaptchaError errorFor(VerdictReason reason) {
        return switch (reason) {
            case MISSING -> CaptchaError.CAPTCHA_REQUIRED;
            case MALFORMED -> CaptchaError.CAPTCHA_MALFORMED;
            default -> CaptchaError.CAPTCHA_INVALID;
        };
    }
}
