package org.captchaee.impl.verify;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.captchaee.CaptchaError;
import org.captchaee.OutagePolicy;
import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.config.CaptchaOperation;
import org.captchaee.impl.log.RateLimitedLog;
import org.captchaee.spi.CaptchaStateStore;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaUnavailableException;
import org.captchaee.spi.CaptchaVerifier;

/**
 * Decides one protected call: asks the endpoint's verifier, maps its verdict to a pass or an answer, and applies the
 * outage policy when the verifier is unavailable. Only an outage can lead to a pass without a solved captcha.
 */
public final class CaptchaGate {

    private static final Logger LOG = Logger.getLogger(CaptchaGate.class.getName());
    private static final Duration LOG_INTERVAL = Duration.ofMinutes(1);
    private static final String STATE_STORE = "state-store";

    private final Function<String, CaptchaVerifier> verifiers;
    private final CaptchaStateStore store;
    private final ReplayGuard replayGuard;
    private final OutageMarks outages;
    private final AllowBudget budget;
    private final RateLimitedLog outageLog;

    /**
     * Creates a gate.
     *
     * @param verifiers finds a verifier by name
     * @param store where replayed captchas, observed outages and the allow budget are counted
     * @param budget the bound of the outage policy allow
     */
    public CaptchaGate(Function<String, CaptchaVerifier> verifiers, CaptchaStateStore store, AllowBudget budget) {
        this(verifiers, store, budget, new RateLimitedLog(LOG, LOG_INTERVAL, System::nanoTime));
    }

    CaptchaGate(
            Function<String, CaptchaVerifier> verifiers,
            CaptchaStateStore store,
            AllowBudget budget,
            RateLimitedLog outageLog) {
        this.verifiers = verifiers;
        this.store = store;
        this.replayGuard = new ReplayGuard(store);
        this.outages = new OutageMarks(store);
        this.budget = budget;
        this.outageLog = outageLog;
    }

    /**
     * Decides a call whose captcha headers passed the generic checks.
     *
     * @param operation the protected method's settings
     * @param submission the captcha headers and context
     * @return the decision
     */
    public Decision decide(CaptchaOperation operation, CaptchaSubmission submission) {
        String name = operation.verifier();
        Optional<String> standIn = standIn(operation, submission.clientIp());
        if (submission.headers().isEmpty()) {
            return Decision.deny(
                    standIn.orElse(name), Verdict.rejected(VerdictReason.MISSING, null), CaptchaError.CAPTCHA_REQUIRED);
        }
        // the stand-in is asked first: its captcha may come in the same header as the one of the verifier that is down
        Optional<Decision> byStandIn = standIn.map(fallback -> fallbackDecision(fallback, ask(fallback, submission)));
        if (byStandIn.isPresent() && byStandIn.get().refusal().isEmpty()) {
            return byStandIn.get();
        }
        Verdict verdict = ask(name, submission);
        return switch (verdict.outcome()) {
            case PASSED -> {
                outages.cleared(name);
                yield Decision.pass(name, verdict);
            }
            case REJECTED -> rejected(operation, submission, verdict, byStandIn);
            case UNAVAILABLE -> {
                outages.observed(name);
                yield onOutage(operation, submission, verdict);
            }
        };
    }

    /**
     * The verifier that serves calls in place of the endpoint's own while that one is known to be down (or, after a
     * disaster ticket, out of this client's reach): the fallback, under the policy fallback, or under allow once this
     * client's budget is spent.
     */
    private Optional<String> standIn(CaptchaOperation operation, String clientIp) {
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
                ? outages.activeFor(operation.verifier(), clientIp)
                : outages.active(operation.verifier()) && budget.spent(store, operation.verifier(), clientIp);
        return sendsThere ? fallback : Optional.empty();
    }

    /**
     * A rejection, unless the fallback captcha should decide: a disaster ticket under the policy fallback (the client
     * cannot reach the provider), or a request without the verifier's captcha while a stand-in serves (then the
     * stand-in's own refusal, which asks for its captcha).
     */
    private Decision rejected(
            CaptchaOperation operation,
            CaptchaSubmission submission,
            Verdict rejection,
            Optional<Decision> standInRefusal) {
        if (rejection.reason() == VerdictReason.DISASTER_TICKET && operation.outagePolicy() == OutagePolicy.FALLBACK) {
            outages.unreachableFrom(operation.verifier(), submission.clientIp());
            return fallback(operation.fallbackVerifier().orElseThrow(), submission);
        }
        if (rejection.reason() == VerdictReason.MISSING && standInRefusal.isPresent()) {
            return standInRefusal.get();
        }
        return Decision.deny(operation.verifier(), rejection, errorFor(rejection.reason()));
    }

    private Decision onOutage(CaptchaOperation operation, CaptchaSubmission submission, Verdict outage) {
        String name = operation.verifier();
        return switch (operation.outagePolicy()) {
            case DENY -> Decision.deny(name, outage, CaptchaError.CAPTCHA_UNAVAILABLE);
            case FALLBACK -> fallback(operation.fallbackVerifier().orElseThrow(), submission);
            default -> budget.spend(store, name, submission.clientIp())
                    ? allow(name, outage)
                    : overBudget(name, submission, outage);
        };
    }

    /** Past the allow budget: the fallback captcha if there is one, else a refusal. */
    private Decision overBudget(String name, CaptchaSubmission submission, Verdict outage) {
        outageLog.log(
                Level.WARNING,
                name + "-budget",
                () -> "CAPTCHA-W005 The allow budget of the unavailable verifier '" + name
                        + "' is spent: calls now need"
                        + budget.fallbackVerifier()
                                .map(fallback -> " the fallback captcha '" + fallback + "'")
                                .orElse(" to wait (503)")
                        + ".");
        return budget.fallbackVerifier()
                .map(fallback -> fallback(fallback, submission))
                .orElseGet(() -> Decision.deny(name, outage, CaptchaError.CAPTCHA_UNAVAILABLE));
    }

    private Decision allow(String name, Verdict outage) {
        outageLog.log(
                Level.WARNING,
                name,
                () -> "CAPTCHA-W002 The captcha verifier '" + name + "' is unavailable ("
                        + outage.reason().code()
                        + outage.providerCode()
                                .map(code -> ", provider code " + code)
                                .orElse("")
                        + "): calls pass without a captcha under the outage policy allow.");
        return Decision.pass(name, outage.toDegradedPass());
    }

    private Decision fallback(String name, CaptchaSubmission submission) {
        return fallbackDecision(name, ask(name, submission));
    }

    private static Decision fallbackDecision(String name, Verdict verdict) {
        return switch (verdict.outcome()) {
            case PASSED -> Decision.pass(name, verdict);
            case UNAVAILABLE -> Decision.deny(name, verdict, CaptchaError.CAPTCHA_UNAVAILABLE);
                // whatever the client sent was meant for the verifier that is down: ask for the fallback's captcha
            case REJECTED -> Decision.deny(name, verdict, CaptchaError.CAPTCHA_REQUIRED);
        };
    }

    private Verdict ask(String name, CaptchaSubmission submission) {
        try {
            CaptchaVerifier verifier = verifiers.apply(name);
            Verdict verdict = verifier.verify(submission);
            if (verdict != null) {
                return verdict.isPassed() ? onlyOnce(name, verifier, submission, verdict) : verdict;
            }
            LOG.severe(() -> "CAPTCHA-E001 The captcha verifier '" + name + "' returned no verdict; the captcha is"
                    + " rejected.");
        } catch (CaptchaUnavailableException e) {
            return Verdict.unavailable(e.reason(), e.providerCode().orElse(null));
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    e,
                    () -> "CAPTCHA-E002 The captcha verifier '" + name + "' failed with "
                            + e.getClass().getName() + "; the captcha is rejected.");
        }
        return Verdict.rejected(VerdictReason.VERIFIER_FAILED, null);
    }

    /** A pass, unless the same captcha passed before: the provider's own one-time check is not relied upon. */
    private Verdict onlyOnce(String name, CaptchaVerifier verifier, CaptchaSubmission submission, Verdict pass) {
        Duration window = verifier.replayWindow();
        if (pass.degraded() || window.isZero()) {
            return pass;
        }
        try {
            return replayGuard.firstUse(name, ReplayGuard.identityOf(submission.headers()), window)
                    ? pass
                    : Verdict.rejected(
                            VerdictReason.REPLAYED, pass.providerCode().orElse(null));
        } catch (RuntimeException e) {
            outageLog.log(
                    Level.SEVERE,
                    STATE_STORE,
                    () -> "CAPTCHA-E003 The captcha state store failed (" + e
                            + "): a captcha cannot be checked for replay, which is handled as an outage.");
            return Verdict.unavailable(VerdictReason.PROVIDER_ERROR, STATE_STORE);
        }
    }

    private static CaptchaError errorFor(VerdictReason reason) {
        return switch (reason) {
            case MISSING -> CaptchaError.CAPTCHA_REQUIRED;
            case MALFORMED -> CaptchaError.CAPTCHA_MALFORMED;
            default -> CaptchaError.CAPTCHA_INVALID;
        };
    }
}
