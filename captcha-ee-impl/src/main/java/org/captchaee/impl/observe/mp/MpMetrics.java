package org.captchaee.impl.observe.mp;

import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.captchaee.impl.observe.GuardSignals;
import org.captchaee.impl.observe.MeterSink;
import org.captchaee.impl.observe.MetricsBackend;
import org.captchaee.impl.observe.MetricsPublisher;
import org.captchaee.impl.runtime.RuntimeRegistry;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Publishes captcha-ee's metrics in the application registry of MicroProfile Metrics 5.x (scope {@code application}).
 * Not a discovered bean: the CDI extension adds it only where the MicroProfile Metrics API is visible, so this
 * class is never loaded on a server without it.
 */
@Singleton
public class MpMetrics extends MetricsPublisher {

    private final Instance<MetricRegistry> registry;

    /**
     * Creates the publisher.
     *
     * @param registry the application registry, looked up when the application starts
     * @param signals the guard's signals
     * @param runtime holds the runtime resolved at deployment
     */
    @Inject
    public MpMetrics(Instance<MetricRegistry> registry, GuardSignals signals, RuntimeRegistry runtime) {
        super(MetricsBackend.MP, signals, runtime);
        this.registry = registry;
    }

    @Override
    protected Optional<MeterSink> connect() {
        return registry.isResolvable() ? Optional.of(new MpMetricsSink(registry.get())) : Optional.empty();
    }
}
