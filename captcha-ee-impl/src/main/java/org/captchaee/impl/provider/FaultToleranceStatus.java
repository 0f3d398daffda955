package org.captchaee.impl.provider;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.captchaee.impl.log.MessageIds;

/**
 * Whether MicroProfile Fault Tolerance guards the provider calls of this deployment, and the maker of each provider's
 * {@link GuardedCalls}, so that it knows which providers are in use. Where Fault Tolerance does not act, a WARNING at
 * start-up names the protections that are off ({@link MessageIds#CORE_NO_FAULT_TOLERANCE}); built-in verifiers need
 * none, so a deployment without provider verifiers is never probed and never warned.
 */
@ApplicationScoped
public class FaultToleranceStatus {

    private static final Logger LOG = Logger.getLogger(FaultToleranceStatus.class.getName());

    private final FaultToleranceProbe probe;
    private final Set<String> guardedProviders = ConcurrentHashMap.newKeySet();
    private volatile Boolean acts;

    /**
     * Creates the status.
     *
     * @param probe the bean whose retry shows whether Fault Tolerance acts
     */
    @Inject
    public FaultToleranceStatus(FaultToleranceProbe probe) {
        this.probe = probe;
    }

    /** For the CDI client proxy only. */
    protected FaultToleranceStatus() {
        this.probe = null;
    }

    /**
     * The translation of one provider's guarded calls.
     *
     * @param log the verifier's logger
     * @param severeId the message id of the misconfiguration message
     * @param provider the provider's name, for example {@code Tencent}
     * @param keysToCheck the configuration keys to check when our credentials are refused
     * @return the translation, which retries a refused connection itself where Fault Tolerance does not act
     */
    public GuardedCalls guardedCalls(Logger log, String severeId, String provider, String keysToCheck) {
        guardedProviders.add(provider);
        return new GuardedCalls(log, severeId, provider, keysToCheck, this::acts);
    }

    /**
     * Whether Fault Tolerance acts on this deployment's beans, found out once.
     *
     * @return {@code true} if a {@code @Retry} retries
     */
    public boolean acts() {
        Boolean known = acts;
        if (known == null) {
            known = probe();
            acts = known;
        }
        return known;
    }

    private boolean probe() {
        try {
            return probe.attempts() > 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Warns at start-up when provider verifiers are in use and Fault Tolerance does not guard them.
     *
     * @param started the event of the application's start
     */
    void warnWithoutFaultTolerance(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (guardedProviders.isEmpty() || acts()) {
            return;
        }
        LOG.warning(MessageIds.CORE_NO_FAULT_TOLERANCE + " MicroProfile Fault Tolerance does not act on the calls to "
                + String.join(", ", new TreeSet<>(guardedProviders))
                + " (this server ships none, or it is switched off): their circuit breakers and bulkheads are off."
                + " Each call keeps its timeout (the HTTP client follows the same Timeout keys) and a refused"
                + " connection is still retried once. To get them, run on a server with MicroProfile Fault Tolerance"
                + " or add io.smallrye:smallrye-fault-tolerance to the WAR.");
    }
}
