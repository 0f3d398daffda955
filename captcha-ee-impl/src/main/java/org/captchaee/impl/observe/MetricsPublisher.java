package org.captchaee.impl.observe;

import static org.captchaee.impl.observe.Instrument.ALLOW_BUDGET_EXHAUSTED;
import static org.captchaee.impl.observe.Instrument.DEGRADED_PASSES;
import static org.captchaee.impl.observe.Instrument.PROVIDER_CIRCUIT;
import static org.captchaee.impl.observe.Instrument.STORE_ERRORS;
import static org.captchaee.impl.observe.Instrument.VERIFICATIONS;
import static org.captchaee.impl.observe.Instrument.VERIFICATION_DURATION;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import org.captchaee.CaptchaEvent;
import org.captchaee.Verdict;
import org.captchaee.impl.log.MessageIds;
import org.captchaee.impl.log.RateLimitedLog;
import org.captchaee.impl.runtime.RuntimeRegistry;
import org.captchaee.impl.state.StoreSelection;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Publishes the {@link Instrument}s through one metrics backend: counts every {@link CaptchaEvent} and every rare event
 * of the {@link GuardSignals}, and registers the provider gauge of each verifier in use. Each backend's adapter only
 * says how to reach its registry ({@link #connect()}); when it cannot (an API jar in the WAR without an
 * implementation), the adapter does nothing. A failing backend never fails a protected call: the failure is logged at
 * most once a minute and the call goes on.
 */
public abstract class MetricsPublisher implements GuardListener {

    private static final Logger LOG = Logger.getLogger(MetricsPublisher.class.getName());
    private static final Duration LOG_INTERVAL = Duration.ofMinutes(1);

    private final MetricsBackend backend;
    private final Map<String, Series> series = new ConcurrentHashMap<>();
    private final GuardSignals signals;
    private final Supplier<Set<String>> verifiersInUse;
    private final Supplier<String> storeInUse;
    private final RateLimitedLog failures = new RateLimitedLog(LOG, LOG_INTERVAL, System::nanoTime);
    private volatile MeterSink sink;
    private volatile String store;

    /**
     * Creates a publisher of a deployed application.
     *
     * @param backend the backend
     * @param signals the guard's signals
     * @param registry holds the runtime resolved at deployment
     */
    protected MetricsPublisher(MetricsBackend backend, GuardSignals signals, RuntimeRegistry registry) {
        this(
                backend,
                signals,
                () -> registry.runtime().verifiers().keySet(),
                () -> StoreSelection.chosen(ConfigProvider.getConfig()));
    }

    MetricsPublisher(
            MetricsBackend backend,
            GuardSignals signals,
            Supplier<Set<String>> verifiersInUse,
            Supplier<String> storeInUse) {
        this.backend = backend;
        this.signals = signals;
        this.verifiersInUse = verifiersInUse;
        this.storeInUse = storeInUse;
    }

    /**
     * Reaches the backend's registry.
     *
     * @return the sink of the registry, or empty when the application has the backend's API but no implementation
     */
    protected abstract Optional<MeterSink> connect();

    /**
     * Connects to the backend once the application has started, registers the gauges and listens to the guard.
     *
     * @param started the event of the application's start
     */
    protected void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        MeterSink connected = connected();
        if (connected == null) {
            LOG.fine(() ->
                    "captcha-ee publishes no metrics through " + backend.displayName() + ": it has no registry here.");
            return;
        }
        store = storeInUse.get();
        measure(() -> connected.gauge(PROVIDER_CIRCUIT, circuitSeries()));
        sink = connected;
        signals.listen(this);
        LOG.info(() -> MessageIds.CORE_METRICS_BACKEND + " captcha-ee publishes its metrics through "
                + backend.displayName() + ".");
    }

    /**
     * Counts a protected call.
     *
     * @param event its event
     */
    protected void record(@Observes CaptchaEvent event) {
        MeterSink target = sink;
        if (target == null) {
            return;
        }
        try {
            Series labels = series(event);
            target.count(VERIFICATIONS, labels.verifications());
            target.record(VERIFICATION_DURATION, labels.duration(), event.latency());
            if (labels.degraded() != null) {
                target.count(DEGRADED_PASSES, labels.degraded());
            }
        } catch (RuntimeException | LinkageError e) {
            logFailure(e);
        }
    }

    /**
     * The labels of a call's instruments, made once per verifier, outcome and reason (a small, bounded set) rather than
     * on every call.
     */
    private Series series(CaptchaEvent event) {
        String verifier = event.verifier();
        Verdict verdict = event.verdict();
        Optional<DegradedCause> cause = DegradedCause.of(verdict);
        String key = verifier
                + '\n'
                + verdict.outcome()
                + '\n'
                + verdict.reason()
                + '\n'
                + cause.map(DegradedCause::label).orElse("");
        return series.computeIfAbsent(key, made -> {
            String outcome = verdict.outcome().name().toLowerCase(Locale.ROOT);
            return new Series(
                    VERIFICATIONS.labels(verifier, outcome, verdict.reason().code()),
                    VERIFICATION_DURATION.labels(verifier, outcome),
                    cause.map(degraded -> DEGRADED_PASSES.labels(verifier, degraded.label()))
                            .orElse(null));
        });
    }

    @Override
    public void allowBudgetSpent(String verifier) {
        MeterSink target = sink;
        if (target != null) {
            measure(() -> target.count(ALLOW_BUDGET_EXHAUSTED, ALLOW_BUDGET_EXHAUSTED.labels(verifier)));
        }
    }

    @Override
    public void storeError(String operation) {
        MeterSink target = sink;
        if (target != null) {
            measure(() -> target.count(STORE_ERRORS, STORE_ERRORS.labels(operation, store)));
        }
    }

    /**
     * The value of the provider gauge.
     *
     * @param state what was last seen of a provider
     * @return 0 up, 1 outage, 2 circuit open
     */
    public static long circuitValue(ProviderState state) {
        return switch (state) {
            case UP -> 0;
            case OUTAGE -> 1;
            case CIRCUIT_OPEN -> 2;
        };
    }

    private MeterSink connected() {
        try {
            return connect().orElse(null);
        } catch (RuntimeException | LinkageError e) {
            // an API older than the one compiled against (a server's own copy) lacks a method: publish nothing
            logFailure(e);
            return null;
        }
    }

    private Map<Map<String, String>, LongSupplier> circuitSeries() {
        Map<Map<String, String>, LongSupplier> series = new LinkedHashMap<>();
        verifiersInUse.get().stream()
                .sorted()
                .forEach(verifier -> series.put(
                        PROVIDER_CIRCUIT.labels(verifier),
                        () -> circuitValue(signals.status(verifier).state())));
        return series;
    }

    private void measure(Runnable measurement) {
        try {
            measurement.run();
        } catch (RuntimeException | LinkageError e) {
            logFailure(e);
        }
    }

    private void logFailure(Throwable failure) {
        failures.log(
                Level.WARNING,
                backend.name(),
                () -> MessageIds.CORE_METRICS_FAILED + " captcha-ee could not publish a metric through "
                        + backend.displayName() + ": "
                        + failure + ". Protected calls go on unmeasured by it; set " + backend.enabledKey()
                        + "=false to stop trying.");
    }

    /** The labels of the instruments of one kind of call; {@code degraded} is {@code null} unless it passed degraded. */
    private record Series(
            Map<String, String> verifications, Map<String, String> duration, Map<String, String> degraded) {}
}
