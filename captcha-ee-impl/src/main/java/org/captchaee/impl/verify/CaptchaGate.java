package org.captchaee.impl.verify;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import org.captchaee.CaptchaError;
import org.captchaee.OutagePolicy;
import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.log.RateLimitedLog;
import org.captchaee.impl.observe.GuardSignals;
import org.captchaee.impl.problem.ProblemMessage;
import org.captchaee.impl.request.CaptchaHeaders;
import org.captchaee.impl.runtime.AllowBudget;
import org.captchaee.impl.runtime.CaptchaOperation;
import org.captchaee.impl.state.OutageLedger;
import org.captchaee.impl.state.SharedState;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaVerifier;

/**
 * Decides one protected call: asks the endpoint's verifier ({@link VerifierCalls}), maps its verdict to a pass or an
 * answer, and hands outages to the operation's outage policy ({@link OutageHandling}, one type per policy). Only an outage can lead to a pass without a solved captcha: the
 * provider's (a failure no client can cause) or our state store's ({@link VerdictReason#STORE_UNAVAILABLE}). Every
 * verdict is shown to the {@link OutageLedger}, the one record of which providers are down.
 */
public final class CaptchaGate {

    private static final Logger LOG = Logger.getLogger(CaptchaGate.class.getName());
    private static final Duration LOG_INTERVAL = Duration.ofMinutes(1);

    private final VerifierCalls calls;
    private final FallbackCaptcha fallback;
    private final Map<OutagePolicy, OutageHandling> policies = new EnumMap<>(OutagePolicy.class);
    private final StrayHeaders strayHeaders;

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
        this.calls = new VerifierCalls(verifiers, store, outages, signals, outageLog);
        this.fallback = new FallbackCaptcha(calls);
        policies.put(OutagePolicy.ALLOW, new AllowOnOutage(budget, store, outages, fallback, signals, outageLog));
        policies.put(OutagePolicy.DENY, new DenyOnOutage());
        policies.put(OutagePolicy.FALLBACK, new FallbackOnOutage(outages, fallback));
        this.strayHeaders = new StrayHeaders(calls::declared, budget);
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
        OutageHandling policy = policies.get(operation.outagePolicy());
        Optional<String> standIn = policy.standIn(operation, client);
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
        Optional<Decision> byStandIn = standIn.map(other -> fallback.decide(other, submission));
        if (byStandIn.isPresent() && byStandIn.get().refusal().isEmpty()) {
            return byStandIn.get();
        }
        CaptchaSubmission own = submission.copy();
        Verdict verdict = calls.ask(name, own);
        return switch (verdict.outcome()) {
            case PASSED -> {
                yield strayHeaders
                        .afterPass(operation, sent, name, calls.readBy(name, own))
                        .map(header -> strayHeader(operation, header))
                        .orElseGet(() -> Decision.pass(name, verdict));
            }
            case REJECTED -> rejected(policy, operation, submission, client, verdict, byStandIn);
            case UNAVAILABLE -> policy.onOutage(operation, submission, client, verdict);
        };
    }

    /**
     * A rejection, unless the policy lets another captcha decide: a disaster ticket under the policy fallback (the
     * client cannot reach the provider), or a request without the verifier's captcha while a stand-in serves (then the
     * stand-in's own refusal, which asks for its captcha). When this server is too busy to verify, the policy decides
     * between 503 and the fallback captcha.
     */
    private static Decision rejected(
            OutageHandling policy,
            CaptchaOperation operation,
            CaptchaSubmission submission,
            String client,
            Verdict rejection,
            Optional<Decision> standInRefusal) {
        if (rejection.reason() == VerdictReason.DISASTER_TICKET) {
            Optional<Decision> byPolicy = policy.onDisasterTicket(operation, submission, client);
            if (byPolicy.isPresent()) {
                return byPolicy.get();
            }
        }
        if (rejection.reason() == VerdictReason.MISSING && standInRefusal.isPresent()) {
            return standInRefusal.get();
        }
        if (rejection.reason() == VerdictReason.SERVER_BUSY) {
            // our own overload: never the provider's outage, never a pass
            return policy.onOwnOverload(operation, submission, rejection);
        }
        return Decision.deny(operation.verifier(), rejection, errorFor(rejection.reason()));
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
