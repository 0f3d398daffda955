package org.captchaee.impl.state;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.Verdict;
import org.captchaee.spi.StateStoreUnavailableException;

/**
 * What captcha-ee knows about providers that are down, kept in the {@link SharedState} so that every node of a cluster
 * knows what any of them saw. It is fed in one place, by the gate, with every verdict a verifier returns; only the
 * provider's own failures count ({@link org.captchaee.VerdictReason#isProviderFailure()}: a timeout, a provider error,
 * "system busy", our credentials refused), never a disaster ticket a client sent nor our own overload or store trouble.
 * It is read by the disaster-ticket rules ({@code during-outage}) and by the fallback routing alike.
 *
 * <p>An observed failure counts for {@link #WINDOW} after the last one; a captcha the provider passes ends it. A node
 * starts the window again at most once per {@link #CLEAR_INTERVAL} (and at once after it cleared the mark), so a
 * provider that stays down costs two store operations a second per node, not two per call; the window then ends up to
 * that interval early. A client that sent an acceptable disaster ticket is remembered for the same window as one the
 * provider is out of reach of.
 *
 * <p>A pass clears the outage mark in the store only when this node may have a mark to clear: it recorded or read one
 * since its last clearing, or {@link #CLEAR_INTERVAL} has passed since then (another node may have set one). So a
 * passing call costs no store operation here, and a mark another node set that this node never read ends at most
 * {@link #CLEAR_INTERVAL} after a pass on this node.
 */
@ApplicationScoped
public class OutageLedger {

    /** How long an observed failure counts. */
    public static final Duration WINDOW = Duration.ofMinutes(2);

    /**
     * The provider code of the verdicts about disaster tickets: a client's report that it cannot load the provider's
     * script, never an observation of the provider failing.
     */
    public static final String DISASTER_TICKET_CODE = "disaster-ticket";

    /**
     * How long a node that knows of no outage mark waits before clearing the mark again on a pass, and how long it waits
     * before starting the window of a mark it set again.
     */
    public static final Duration CLEAR_INTERVAL = Duration.ofSeconds(1);

    private final SharedState state;
    private final LongSupplier nanos;
    private final Map<String, Marks> marks = new ConcurrentHashMap<>();

    /**
     * Creates the ledger.
     *
     * @param state where the observations are kept
     */
    @Inject
    public OutageLedger(SharedState state) {
        this(state, System::nanoTime);
    }

    /**
     * Creates the ledger on a given clock.
     *
     * @param state where the observations are kept
     * @param nanos the monotonic clock of {@link #CLEAR_INTERVAL}
     */
    public OutageLedger(SharedState state, LongSupplier nanos) {
        this.state = state;
        this.nanos = nanos;
    }

    /** For the CDI client proxy only. */
    protected OutageLedger() {
        this.state = null;
        this.nanos = null;
    }

    /**
     * Records what a verifier's verdict says about its provider: a failure of the provider starts the window again, a
     * captcha it passed (not a degraded pass) ends it. Store trouble is reported, never thrown.
     *
     * @param verifier the verifier's name
     * @param verdict its verdict
     */
    public void record(String verifier, Verdict verdict) {
        try {
            if (verdict.outcome() == Verdict.Outcome.UNAVAILABLE
                    && verdict.reason().isProviderFailure()
                    && !verdict.providerCode()
                            .filter(DISASTER_TICKET_CODE::equals)
                            .isPresent()) {
                restartWindow(marks(verifier));
            } else if (verdict.isPassed() && !verdict.degraded()) {
                clear(marks(verifier));
            }
        } catch (RuntimeException e) {
            StoreTrouble.report("record an outage", e);
        }
    }

    /**
     * Whether a verifier's provider was seen failing within the window, by any node.
     *
     * @param verifier the verifier's name
     * @return {@code true} during an observed outage
     * @throws StateStoreUnavailableException when the store cannot tell: an outage of our own, for the caller's policy
     */
    public boolean providerDown(String verifier) {
        Marks known = marks(verifier);
        return noted(known, state.count(known.outage) > 0);
    }

    /**
     * Records that a client cannot reach a verifier's provider (it sent a disaster ticket that was accepted as such).
     * Store trouble is reported, never thrown.
     *
     * @param verifier the verifier's name
     * @param client the client's state key
     */
    public void unreachableFrom(String verifier, String client) {
        try {
            restart(state.key(KeyFamily.PROVIDER_UNREACHABLE, verifier, client));
        } catch (RuntimeException e) {
            StoreTrouble.report("record a disaster ticket", e);
        }
    }

    /**
     * Whether calls of a client should go to the fallback verifier: its provider is down, or out of this client's reach.
     * When the store cannot tell, they go to the verifier itself.
     *
     * @param verifier the verifier's name
     * @param client the client's state key
     * @return {@code true} within the window of an outage or of the client's disaster ticket
     */
    public boolean downFor(String verifier, String client) {
        return downAsFarAsKnown(verifier) || seen(state.key(KeyFamily.PROVIDER_UNREACHABLE, verifier, client));
    }

    /**
     * Whether a verifier's provider was seen failing; {@code false} when the store cannot tell.
     *
     * @param verifier the verifier's name
     * @return {@code true} during an observed outage
     */
    public boolean downAsFarAsKnown(String verifier) {
        Marks known = marks(verifier);
        return noted(known, seen(known.outage));
    }

    private boolean seen(StateKey key) {
        try {
            return state.count(key) > 0;
        } catch (RuntimeException e) {
            StoreTrouble.report("read an outage", e);
            return false;
        }
    }

    /** This node's view of a verifier's outage mark, made on first use. */
    private Marks marks(String verifier) {
        return marks.computeIfAbsent(
                verifier, name -> new Marks(state.key(KeyFamily.PROVIDER_OUTAGE, name), nanos.getAsLong()));
    }

    /** Remembers that this node read an outage mark, so that its next pass clears it at once. */
    private static boolean noted(Marks known, boolean marked) {
        if (marked) {
            known.markKnown = true;
        }
        return marked;
    }

    private void clear(Marks known) {
        long now = nanos.getAsLong();
        if (known.markKnown || now - known.nextClear >= 0) {
            known.markKnown = false;
            known.nextClear = now + CLEAR_INTERVAL.toNanos();
            known.nextRestart = now;
            state.remove(known.outage);
        }
    }

    /** Starts the window of a verifier's outage mark again, unless this node did so less than a clear interval ago. */
    private void restartWindow(Marks known) {
        long now = nanos.getAsLong();
        known.markKnown = true;
        if (now - known.nextRestart >= 0) {
            known.nextRestart = now + CLEAR_INTERVAL.toNanos();
            restart(known.outage);
        }
    }

    /** Marks a key for a whole window from now, however long an earlier mark had left. */
    private void restart(StateKey key) {
        state.remove(key);
        state.putIfAbsent(key, WINDOW);
    }

    /**
     * This node's view of one verifier's outage mark: its key (a keyed digest, made once), whether a pass must clear
     * it, and when a failure may next start its window again. Races are harmless: at worst a pass clears a mark that is
     * not there, or two failures restart the window.
     */
    private static final class Marks {

        private final StateKey outage;
        private volatile boolean markKnown;
        private volatile long nextClear;
        private volatile long nextRestart;

        Marks(StateKey outage, long now) {
            this.outage = outage;
            this.nextClear = now;
            this.nextRestart = now;
        }
    }
}
