package org.captchaee.impl.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.captchaee.impl.config.ConfigProblems;
import org.captchaee.impl.observe.MetricsBackend;
import org.captchaee.impl.observe.micrometer.MicrometerMetrics;
import org.captchaee.impl.observe.mp.MpMetrics;
import org.captchaee.impl.observe.otel.OtelMetrics;
import org.captchaee.impl.testing.TestConfigs;
import org.junit.jupiter.api.Test;

class MetricsAdaptersTest {

    private final ClassLoader everyApi = MetricsAdaptersTest.class.getClassLoader();

    @Test
    void everyBackendWhoseApiLoads_getsItsAdapter() {
        assertEquals(
                List.of(OtelMetrics.class, MpMetrics.class, MicrometerMetrics.class),
                MetricsAdapters.chosen(TestConfigs.of(), everyApi));
    }

    @Test
    void aBackendWhoseApiDoesNotLoad_isLeftOut() {
        assertEquals(
                List.of(MpMetrics.class, MicrometerMetrics.class),
                MetricsAdapters.chosen(TestConfigs.of(), hiding("io.opentelemetry.")));
        assertEquals(
                List.of(OtelMetrics.class),
                MetricsAdapters.chosen(
                        TestConfigs.of(), hiding("org.eclipse.microprofile.metrics.", "io.micrometer.")));
    }

    @Test
    void aBackendTurnedOff_isLeftOut_whateverTheCase() {
        assertEquals(
                List.of(OtelMetrics.class),
                MetricsAdapters.chosen(
                        TestConfigs.of(
                                "captcha.metrics.mp.enabled", "false",
                                "captcha.metrics.micrometer.enabled", " FALSE ",
                                "captcha.metrics.otel.enabled", "true"),
                        everyApi));
    }

    @Test
    void anEnabledValueThatIsNoBoolean_isAProblemNamingTheKey() {
        ConfigProblems problems = new ConfigProblems();
        MetricsBackend.OTEL.check(TestConfigs.of("captcha.metrics.otel.enabled", "off"), problems);
        MetricsBackend.MP.check(TestConfigs.of("captcha.metrics.mp.enabled", "False"), problems);

        assertEquals(1, problems.messages().size());
        assertTrue(problems.messages().get(0).contains("captcha.metrics.otel.enabled"), problems.messages()::toString);
    }

    /** A class loader that cannot see the classes of some packages, as a server without an API. */
    private ClassLoader hiding(String... prefixes) {
        return new ClassLoader(everyApi) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                for (String prefix : prefixes) {
                    if (name.startsWith(prefix)) {
                        throw new ClassNotFoundException(name);
                    }
                }
                return super.loadClass(name, resolve);
            }
        };
    }
}
