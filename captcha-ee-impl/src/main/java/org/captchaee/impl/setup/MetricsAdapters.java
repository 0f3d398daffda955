package org.captchaee.impl.setup;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;

import org.captchaee.impl.observe.MetricsBackend;
import org.captchaee.impl.observe.MetricsPublisher;
import org.captchaee.impl.observe.micrometer.MicrometerMetrics;
import org.captchaee.impl.observe.mp.MpMetrics;
import org.captchaee.impl.observe.otel.OtelMetrics;
import org.eclipse.microprofile.config.Config;

/**
 * Chooses the metrics adapters a deployment gets: one per {@link MetricsBackend} whose API the library sees and that
 * is not turned off. The adapters are not discovered beans; each is added here, and its class is named (and loaded)
 * only once its API is known to be visible.
 */
public final class MetricsAdapters {

    private MetricsAdapters() {}

    /**
     * Adds the adapters of the active backends.
     *
     * @param event the event of the start of bean discovery
     * @param config the application's configuration
     */
    public static void add(BeforeBeanDiscovery event, Config config) {
        chosen(config, MetricsAdapters.class.getClassLoader())
                .forEach(adapter -> event.addAnnotatedType(adapter, adapter.getName()));
    }

    /**
     * The adapters of the active backends.
     *
     * @param config the application's configuration
     * @param loader the class loader that must see each backend's API
     * @return the adapter classes
     */
    static List<Class<? extends MetricsPublisher>> chosen(Config config, ClassLoader loader) {
        return Arrays.stream(MetricsBackend.values())
                .filter(backend -> backend.isActive(config, loader))
                .<Class<? extends MetricsPublisher>>map(MetricsAdapters::adapter)
                .toList();
    }

    // each class literal is resolved only when its branch runs, that is after its API was found
    private static Class<? extends MetricsPublisher> adapter(MetricsBackend backend) {
        return switch (backend) {
            case OTEL -> OtelMetrics.class;
            case MP -> MpMetrics.class;
            case MICROMETER -> MicrometerMetrics.class;
        };
    }
}
