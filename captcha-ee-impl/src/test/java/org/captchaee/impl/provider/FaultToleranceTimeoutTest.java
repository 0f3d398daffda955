package org.captchaee.impl.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.captchaee.impl.config.ConfigReader;
import org.captchaee.impl.testing.TestConfigs;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;

class FaultToleranceTimeoutTest {

    private static final String METHOD_CLIENT = MethodLevel.class.getName();
    private static final String CLASS_CLIENT = ClassLevel.class.getName();

    private final List<String> problems = new ArrayList<>();

    /** {@code @Timeout} on a method, as on every provider client. */
    static class MethodLevel {
        @Timeout(1500)
        void call() {}
    }

    /** {@code @Timeout} on the class. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    static class ClassLevel {
        void call() {}
    }

    @Test
    void noKey_isTheAnnotationsValueAndUnit() {
        assertEquals(Duration.ofMillis(1500), method());
        assertEquals(Duration.ofSeconds(3), onClass());
    }

    @Test
    void methodKey_setsTheValue() {
        assertEquals(Duration.ofMillis(800), method(METHOD_CLIENT + "/call/Timeout/value", "800"));
    }

    @Test
    void methodUnitKey_setsTheUnitOfTheAnnotationsValue() {
        assertEquals(Duration.ofSeconds(1500), method(METHOD_CLIENT + "/call/Timeout/unit", "SECONDS"));
    }

    @Test
    void globalKeys_setValueAndUnit() {
        assertEquals(Duration.ofMillis(700), method("Timeout/value", "700"));
        assertEquals(Duration.ofSeconds(2), method("Timeout/value", "2", "Timeout/unit", "SECONDS"));
        assertEquals(Duration.ofMillis(700), onClass("Timeout/value", "700", "Timeout/unit", "MILLIS"));
    }

    @Test
    void classKeys_applyToAClassLevelAnnotation() {
        assertEquals(Duration.ofSeconds(5), onClass(CLASS_CLIENT + "/Timeout/value", "5"));
        assertEquals(Duration.ofMinutes(3), onClass(CLASS_CLIENT + "/Timeout/unit", "MINUTES"));
    }

    @Test
    void classKeys_areIgnoredForAMethodLevelAnnotation_asFaultToleranceIgnoresThem() {
        assertEquals(
                Duration.ofMillis(1500),
                method(METHOD_CLIENT + "/Timeout/value", "5", METHOD_CLIENT + "/Timeout/unit", "SECONDS"));
        assertEquals(Duration.ofMillis(900), method(METHOD_CLIENT + "/Timeout/value", "5", "Timeout/value", "900"));
    }

    @Test
    void methodKeys_winOverGlobalKeys_parameterByParameter() {
        assertEquals(
                Duration.ofMillis(600),
                method(METHOD_CLIENT + "/call/Timeout/value", "600", "Timeout/value", "9", "Timeout/unit", "MILLIS"));
        assertEquals(
                Duration.ofSeconds(600),
                method(METHOD_CLIENT + "/call/Timeout/value", "600", "Timeout/unit", "SECONDS"));
        assertEquals(
                Duration.ofMillis(4),
                method("Timeout/value", "4", METHOD_CLIENT + "/call/Timeout/unit", "MILLIS", "Timeout/unit", "HOURS"));
    }

    @Test
    void classKeys_winOverGlobalKeys_forAClassLevelAnnotation() {
        assertEquals(
                Duration.ofSeconds(7),
                onClass(CLASS_CLIENT + "/Timeout/value", "7", "Timeout/value", "9", "Timeout/unit", "SECONDS"));
        assertEquals(
                Duration.ofMillis(9),
                onClass(CLASS_CLIENT + "/Timeout/unit", "MILLIS", "Timeout/value", "9", "Timeout/unit", "SECONDS"));
    }

    @Test
    void disabledTimeout_keepsTheResolvedValue_soTheHttpClientStaysBounded() {
        assertEquals(
                Duration.ofMillis(800),
                method(
                        METHOD_CLIENT + "/call/Timeout/enabled",
                        "false",
                        "MP_Fault_Tolerance_NonFallback_Enabled",
                        "false",
                        METHOD_CLIENT + "/call/Timeout/value",
                        "800"));
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void badValueOrUnit_isAProblemNamingTheKeyThatSetIt() {
        assertEquals(Duration.ofMillis(1500), method(METHOD_CLIENT + "/call/Timeout/value", "0"));
        assertEquals(Duration.ofMillis(1500), method("Timeout/unit", "WEEKS"));
        assertEquals(Duration.ofMillis(1500), method("Timeout/value", "soon"));
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(METHOD_CLIENT + "/call/Timeout/value=0 is invalid"), problems.get(0));
        assertTrue(problems.get(1).startsWith("Timeout/unit=WEEKS is invalid"), problems.get(1));
        assertTrue(problems.get(1).contains("MILLIS, SECONDS"), problems.get(1));
        assertTrue(problems.get(2).startsWith("Timeout/value=soon is invalid"), problems.get(2));
    }

    @Test
    void aValueTooLongForItsUnit_isAProblem_neverAnOverflow() {
        assertEquals(Duration.ofDays(1500), method("Timeout/unit", "DAYS"));
        method("Timeout/value", Long.toString(Long.MAX_VALUE), "Timeout/unit", "DAYS");
        assertEquals(1, problems.size(), problems::toString);
    }

    @Test
    void aMethodWithoutTimeout_isAProgrammingError() {
        ConfigReader reader = new ConfigReader(TestConfigs.of(), problems::add);
        assertThrows(
                IllegalArgumentException.class,
                () -> FaultToleranceTimeout.of(reader, MethodLevel.class, "other", 1500));
    }

    private Duration method(String... keysAndValues) {
        return FaultToleranceTimeout.of(reader(keysAndValues), MethodLevel.class, "call", 1500);
    }

    private Duration onClass(String... keysAndValues) {
        return FaultToleranceTimeout.of(reader(keysAndValues), ClassLevel.class, "call", 3000);
    }

    private ConfigReader reader(String... keysAndValues) {
        return new ConfigReader(TestConfigs.of(keysAndValues), problems::add);
    }
}
