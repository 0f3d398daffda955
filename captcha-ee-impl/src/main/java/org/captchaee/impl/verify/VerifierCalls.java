package org.captchaee.impl.verify;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.log.MessageIds;
import org.captchaee.impl.log.RateLimitedLog;
import org.captchaee.impl.observe.GuardSignals;
import org.captchaee.impl.state.OutageLedger;
import org.captchaee.impl.state.SharedState;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaUnavailableException;
import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.StateStoreFullException;
import org.captchaee.spi.StateStoreUnavailableException;

/**
 * Asks one verifier about a submission and gives its verdict, whatever the verifier does: its errors are trapped (a
 * failure it throws is a rejection, an outage it throws is an outage), a pass counts only on the captcha's first use,
 * and a state store that cannot keep that mark is our own outage or trouble, never a pass. Every verdict is shown to the
 * {@link OutageLedger} and to the guard's signals.
 */
final class VerifierCalls {

    private static final Logger LOG = Logger.getLogger(VerifierCalls.class.getName());
    private static final String STATE_STORE = "state-store";

    private final Function<String, CaptchaVerifier> verifiers;
    /** The headers each verifier declares, read once per verifier rather than on every call. */
    private final Map<CaptchaVerifier, Set<String>> declaredHeaders = new ConcurrentHashMap<>();

    private final ReplayGuard replayGuard;
    private final OutageLedger outages;
    private final GuardSignals signals;
    private final RateLimitedLog outageLog;

    VerifierCalls(
            Function<String, CaptchaVerifier> verifiers,
            SharedState store,
            OutageLedger outages,
            GuardSignals signals,
            RateLimitedLog outageLog) {
        this.verifiers = verifiers;
        this.replayGuard = new ReplayGuard(store);
        this.outages = outages;
        this.signals = signals;
        this.outageLog = outageLog;
    }

    /**
     * Asks one verifier, on a submission of its own so that what it reads is known.
     *
     * @param name the verifier's name
     * @param own a copy of the submission that only this verifier reads
     * @return its verdict
     */
    Verdict ask(String name, CaptchaSubmission own) {
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
     * The headers of a submission that a verifier read.
     *
     * @param name the verifier's name
     * @param submission the verifier's own copy, after it was asked
     * @return the names of the headers it read
     */
    Set<String> readBy(String name, CaptchaSubmission submission) {
        return HeaderUse.read(declared(name), submission);
    }

    /**
     * The headers a verifier declares it reads.
     *
     * @param name the verifier's name
     * @return the names, empty when it declares none
     */
    Set<String> declared(String name) {
        return declaredHeaders.computeIfAbsent(verifiers.apply(name), HeaderUse::declared);
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
}
