package org.captchaee.impl.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigReader;
import org.captchaee.impl.runtime.HealthSettings;
import org.captchaee.impl.testing.TestConfigs;
import org.junit.jupiter.api.Test;

class HealthSettingsReaderTest {

    private static final ClassLoader WITH_HEALTH = HealthSettingsReaderTest.class.getClassLoader();
    /** Sees only the JDK: a server without MicroProfile Health. */
    private static final ClassLoader WITHOUT_HEALTH = ClassLoader.getPlatformClassLoader();

    private final List<String> problems = new ArrayList<>();

    @Test
    void byDefault_theChecksAreOn_andAnOutageIsNotDown() {
        assertEquals(new HealthSettings(true, false), read(WITH_HEALTH));
        assertTrue(problems.isEmpty());
    }

    @Test
    void withoutTheHealthApi_thereAreNoChecks() {
        assertFalse(read(WITHOUT_HEALTH).enabled());
        assertTrue(problems.isEmpty());
    }

    @Test
    void theOperatorSwitchesThemOff_orAsksForDownOnOutage() {
        assertEquals(
                new HealthSettings(false, true),
                read(WITH_HEALTH, ConfigKeys.HEALTH_ENABLED, "false", ConfigKeys.HEALTH_DOWN_ON_OUTAGE, " TRUE "));
    }

    @Test
    void anythingButTrueOrFalse_isAProblemNamingTheKey() {
        read(WITH_HEALTH, ConfigKeys.HEALTH_ENABLED, "no", ConfigKeys.HEALTH_DOWN_ON_OUTAGE, "1");
        assertEquals(
                List.of(
                        "captcha.health.enabled=no is invalid. Accepted values: true, false.",
                        "captcha.health.down-on-outage=1 is invalid. Accepted values: true, false."),
                problems);
    }

    private HealthSettings read(ClassLoader loader, String... keysAndValues) {
        var config = TestConfigs.of(keysAndValues);
        return HealthSettingsReader.read(new ConfigReader(config, problems::add), loader);
    }
}
