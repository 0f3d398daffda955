package org.captchaee.impl.provider;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.log.MessageIds;
import org.captchaee.impl.log.RateLimitedLog;
import org.captchaee.spi.CaptchaUnavailableException;

/**
 * Turns the outcome of a provider call guarded by MicroProfile Fault Tolerance into a verdict: what the call returns
 * stands; an outage it throws, a timeout or an open circuit becomes UNAVAILABLE, which the operator's outage policy
 * handles. A full bulkhead is our own overload, which a client's concurrency can cause: it is never an outage, so it
 * becomes a rejection for {@link VerdictReason#SERVER_BUSY} (503, or the fallback captcha) and marks nothing down. When the provider, or the outbound proxy, refuses our own
 * credentials, a SEVERE message (at most once a minute) tells the operator which keys to check; no secret is ever part
 * of it.
 *
 * <p>Where Fault Tolerance does not act (Eclipse GlassFish ships none, or an operator switched it off), a refused
 * connection, which Fault Tolerance's {@code @Retry} would have retried, is retried here once: the request never left,
 * so no one-time token is spent twice. Nothing else is retried.
 *
 * <p>A call that finds the circuit open answers, for {@link #OPEN_CIRCUIT_MEMORY}, the calls after it too, without
 * going through Fault Tolerance: while a breaker is open, each call would otherwise cost the whole interceptor chain
 * and two stack traces (the {@code CircuitBreakerOpenException}, and the CDI container's wrapper of it), at the rate of
 * all the traffic, for an answer known in advance. One instance serves the calls of one guarded method, so of one
 * breaker.
 */
public final class GuardedCalls {

    /**
     * How long a call that found the circuit open is the answer of the calls after it. Short beside a breaker's delay
     * (seconds): the breaker's half-open trial, and the calls once it closed again, come at most this much later.
     */
    public static final Duration OPEN_CIRCUIT_MEMORY = Duration.ofMillis(100);

    private static final String CIRCUIT_OPEN_CODE = "circuit-open";

    private final String provider;
    private final String severeId;
    private final String keysToCheck;
    private final RateLimitedLog severeLog;
    private final LongSupplier nanos;
    private final BooleanSupplier faultToleranceActs;
    /** Until when ({@link System#nanoTime()}) the circuit is known to be open. */
    private volatile long openUntil;

    /**
     * Creates the translation for one provider.
     *
     * @param log the verifier's logger
     * @param severeId the message id of the misconfiguration message, for example {@link org.captchaee.impl.log.MessageIds#TENCENT_REQUEST_REFUSED}
     * @param provider the provider's name, for example {@code Tencent}
     * @param keysToCheck the configuration keys to check when our credentials are refused
     * @param faultToleranceActs whether Fault Tolerance acts on the calls (and so retries a refused connection)
     */
    public GuardedCalls(
            Logger log, String severeId, String provider, String keysToCheck, BooleanSupplier faultToleranceActs) {
        this(log, severeId, provider, keysToCheck, faultToleranceActs, System::nanoTime);
    }

    GuardedCalls(
            Logger log,
            String severeId,
            String provider,
            String keysToCheck,
            BooleanSupplier faultToleranceActs,
            LongSupplier nanos) {
        this.provider = provider;
        this.faultToleranceActs = faultToleranceActs;
        this.severeId = severeId;
        this.keysToCheck = keysToCheck;
        this.severeLog = new RateLimitedLog(log, Duration.ofMinutes(1), nanos);
        this.nanos = nanos;
        this.openUntil = nanos.getAsLong();
    }

    /**
     * Makes a guarded call.
     *
     * @param call the call through the Fault Tolerance interceptors, returning the verdict of a non-outage answer
     * @return the verdict
     */
    public Verdict verdict(Supplier<Verdict> call) {
        if (openUntil - nanos.getAsLong() > 0) {
            return circuitOpen();
        }
        try {
            return attempt(call);
        } catch (ProxyRefusedException e) {
            severeLog.log(
                    Level.SEVERE,
                    "proxy",
                    () -> MessageIds.CORE_PROXY_REFUSED + " The outbound proxy refused the call to " + provider
                            + " (407 Proxy"
                            + " Authentication Required): check the user and password of " + e.key()
                            + " (percent-encoded), and that the proxy admits this server. Calls are handled by the"
                            + " outage policy meanwhile.");
            return Verdict.unavailable(e.reason(), ProxyRefusedException.CODE);
        } catch (CaptchaUnavailableException e) {
            if (e.reason() == VerdictReason.MISCONFIGURED) {
                String code = e.providerCode().orElse("?");
                severeLog.log(
                        Level.SEVERE,
                        "misconfigured",
                        () -> severeId + " " + provider + " refused our own request (" + code + "): check "
                                + keysToCheck + ". Calls are handled by the outage policy meanwhile.");
            }
            return Verdict.unavailable(e.reason(), e.providerCode().orElse(null));
        } catch (RuntimeException e) {
            return switch (FaultToleranceFailure.of(e)) {
                case TIMEOUT -> Verdict.unavailable(VerdictReason.TIMEOUT, "timeout");
                case CIRCUIT_OPEN -> {
                    openUntil = nanos.getAsLong() + OPEN_CIRCUIT_MEMORY.toNanos();
                    yield circuitOpen();
                }
                case BULKHEAD_FULL -> Verdict.rejected(VerdictReason.SERVER_BUSY, "bulkhead-full");
                case OTHER -> Verdict.unavailable(
                        VerdictReason.PROVIDER_ERROR, e.getClass().getSimpleName());
                case NONE -> throw e;
            };
        }
    }

    private Verdict attempt(Supplier<Verdict> call) {
        try {
            return call.get();
        } catch (RequestNotSentException e) {
            if (faultToleranceActs.getAsBoolean()) {
                throw e;
            }
            return call.get();
        }
    }

    private static Verdict circuitOpen() {
        return Verdict.unavailable(VerdictReason.PROVIDER_ERROR, CIRCUIT_OPEN_CODE);
    }
}
