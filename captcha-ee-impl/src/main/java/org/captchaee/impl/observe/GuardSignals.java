package org.captchaee.impl.observe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.state.OutageLedger;
import org.captchaee.impl.state.StoreFailures;

/**
 * This node's view of the guard at work, for health checks and metrics: the state of each verifier's provider as its
 * verdicts show it, the degraded passes of the last {@link #WINDOW}, and the rare events {@link GuardListener}s count.
 * It keeps no client's address, key or token. Recording a verdict costs one map lookup; state is written only when it
 * changes.
 */
@ApplicationScoped
public class GuardSignals implements StoreFailures {

    /** The window of the degraded passes shown per verifier: the one of the {@link OutageLedger}. */
    public static final Duration WINDOW = OutageLedger.WINDOW;

    private static final String CIRCUIT_OPEN_CODE = "circuit-open";

    private final Supplier<Instant> clock;
    private final LongSupplier nanos;
    private final Map<String, Tracker> trackers = new ConcurrentHashMap<>();
    private final List<GuardListener> listeners = new CopyOnWriteArrayList<>();

    /** Creates the signals on the system clock. */
    public GuardSignals() {
        this(Instant::now, System::nanoTime);
    }

    /**
     * Creates the signals on given clocks.
     *
     * @param clock the wall clock of the states' start times
     * @param nanos the monotonic clock of the window
     */
    public GuardSignals(Supplier<Instant> clock, LongSupplier nanos) {
        this.clock = clock;
        this.nanos = nanos;
    }

    /**
     * Records what a verifier's verdict says of its provider: a provider failure (never a disaster ticket, our own
     * overload or store trouble) starts an outage, or shows the circuit open; a captcha it passed ends it.
     *
     * @param verifier the verifier's name
     * @param verdict its verdict
     */
    public void verdict(String verifier, Verdict verdict) {
        Optional<ProviderState> seen = stateShownBy(verdict);
        if (seen.isPresent()) {
            tracker(verifier).see(seen.get(), verdict, clock);
        }
    }

    /**
     * Counts a degraded pass: a call that passed without a solved captcha during an outage.
     *
     * @param verifier the verifier of the call's decision
     */
    public void degradedPass(String verifier) {
        tracker(verifier).degraded.add(nanos.getAsLong());
    }

    /**
     * Reports a call that found its client's allow budget spent.
     *
     * @param verifier the verifier that is unavailable
     */
    public void allowBudgetSpent(String verifier) {
        listeners.forEach(listener -> listener.allowBudgetSpent(verifier));
    }

    @Override
    public void failed(String operation) {
        listeners.forEach(listener -> listener.storeError(operation));
    }

    /**
     * Adds a listener of the rare events.
     *
     * @param listener the listener
     */
    public void listen(GuardListener listener) {
        listeners.add(listener);
    }

    /**
     * What this node knows of a verifier now.
     *
     * @param verifier the verifier's name
     * @return its status; {@link ProviderState#UP} with no start time for a verifier nothing was seen of
     */
    public VerifierStatus status(String verifier) {
        Tracker tracker = trackers.get(verifier);
        if (tracker == null) {
            return new VerifierStatus(ProviderState.UP, Optional.empty(), Optional.empty(), Optional.empty(), 0);
        }
        return tracker.status(nanos.getAsLong());
    }

    private Tracker tracker(String verifier) {
        return trackers.computeIfAbsent(verifier, name -> new Tracker());
    }

    private static Optional<ProviderState> stateShownBy(Verdict verdict) {
        if (verdict.outcome() == Verdict.Outcome.UNAVAILABLE && verdict.reason().isProviderFailure()) {
            Optional<String> code = verdict.providerCode();
            if (code.filter(OutageLedger.DISASTER_TICKET_CODE::equals).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(
                    code.filter(CIRCUIT_OPEN_CODE::equals).isPresent()
                            ? ProviderState.CIRCUIT_OPEN
                            : ProviderState.OUTAGE);
        }
        return verdict.isPassed() && !verdict.degraded() ? Optional.of(ProviderState.UP) : Optional.empty();
    }

    /** One verifier's record. */
    private static final class Tracker {

        private final WindowedCount degraded = new WindowedCount(WINDOW);
        private volatile ProviderState state = ProviderState.UP;
        private Instant since;
        private VerdictReason lastOutageReason;
        private String lastOutageCode;

        void see(ProviderState seen, Verdict verdict, Supplier<Instant> clock) {
            if (seen == ProviderState.UP && state == ProviderState.UP) {
                return;
            }
            synchronized (this) {
                if (seen != ProviderState.UP) {
                    lastOutageReason = verdict.reason();
                    lastOutageCode = verdict.providerCode().orElse(null);
                }
                if (seen != state) {
                    state = seen;
                    since = clock.get();
                }
            }
        }

        synchronized VerifierStatus status(long nowNanos) {
            return new VerifierStatus(
                    state,
                    Optional.ofNullable(since),
                    Optional.ofNullable(lastOutageReason),
                    Optional.ofNullable(lastOutageCode),
                    degraded.total(nowNanos));
        }
    }
}
