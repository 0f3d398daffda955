package org.captchaee.impl.observe.micrometer;

import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.captchaee.impl.observe.GuardSignals;
import org.captchaee.impl.observe.MeterSink;
import org.captchaee.impl.observe.MetricsBackend;
import org.captchaee.impl.observe.MetricsPublisher;
import org.captchaee.impl.runtime.RuntimeRegistry;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes captcha-ee's metrics in the application's Micrometer {@link MeterRegistry} (WildFly's {@code micrometer}
 * subsystem). Not a discovered bean: the CDI extension adds it only where the Micrometer API is visible, so this
 * class is never loaded on a server without it.
 */
@Singleton
public class MicrometerMetrics extends MetricsPublisher {

    private final Instance<MeterRegistry> registry;

    /**
     * Creates the publisher.
     *
     * @param registry the application's registry, looked up when the application starts
     * @param signals the guard's signals
     * @param runtime holds the runtime resolved at deployment
     */
    @Inject
    public MicrometerMetrics(Instance<MeterRegistry> registry, GuardSignals signals, RuntimeRegistry runtime) {
        super(MetricsBackend.MICROMETER, signals, runtime);
        this.registry = registry;
    }

    @Override
    protected Optional<MeterSink> connect() {
        return registry.isResolvable() ? Optional.of(new MicrometerSink(registry.get())) : Optional.empty();
    }
}
