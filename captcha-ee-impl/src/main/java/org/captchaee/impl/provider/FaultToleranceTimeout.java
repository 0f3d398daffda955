package org.captchaee.impl.provider;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.captchaee.impl.config.ConfigReader;

/**
 * The timeout MicroProfile Fault Tolerance applies to a provider client's method, resolved as Fault Tolerance resolves
 * it, so that the HTTP client's own timeouts can follow it and no thread outlives the Fault Tolerance timeout.
 *
 * <p>Each parameter ({@code value}, {@code unit}) is resolved on its own. An annotation on the method follows
 * {@code <class>/<method>/Timeout/<parameter>}, then {@code Timeout/<parameter>}, then the annotation; an annotation on
 * the class follows {@code <class>/Timeout/<parameter>}, then {@code Timeout/<parameter>}, then the annotation. A key
 * aimed at a level where the annotation is not present is ignored, as the specification says ("Config Fault
 * Tolerance parameters"). When Fault Tolerance's timeout is disabled ({@code .../Timeout/enabled=false},
 * {@code MP_Fault_Tolerance_NonFallback_Enabled=false}), the HTTP client still needs a bound: it keeps the value
 * these keys resolve to. Where the Fault Tolerance API is absent (Eclipse GlassFish), the same keys bound the HTTP
 * client's timeouts, with the method's declared value as the default.
 */
public final class FaultToleranceTimeout {

    /** The units a timeout may use: those of an exact length, which a {@link Duration} can hold. */
    private static final List<ChronoUnit> UNITS = List.of(
            ChronoUnit.NANOS,
            ChronoUnit.MICROS,
            ChronoUnit.MILLIS,
            ChronoUnit.SECONDS,
            ChronoUnit.MINUTES,
            ChronoUnit.HOURS,
            ChronoUnit.HALF_DAYS,
            ChronoUnit.DAYS);

    private FaultToleranceTimeout() {}

    /**
     * Resolves the timeout of one client method.
     *
     * @param reader reads the keys and records a bad value, naming its key
     * @param client the client class carrying the Fault Tolerance annotations
     * @param method the name of the method, which carries {@code @Timeout} or whose class does
     * @param declaredMillis the milliseconds the method's {@code @Timeout} declares: the default where the Fault
     *     Tolerance API is absent and the annotation cannot be read
     * @return the timeout
     * @throws IllegalArgumentException if neither the method nor its class carries {@code @Timeout}
     */
    public static Duration of(ConfigReader reader, Class<?> client, String method, long declaredMillis) {
        DeclaredTimeout declared = FaultToleranceSupport.API_PRESENT
                ? TimeoutAnnotations.declared(client, method)
                : new DeclaredTimeout(declaredMillis, ChronoUnit.MILLIS, true);
        String local = declared.onMethod() ? client.getName() + "/" + method + "/" : client.getName() + "/";
        String valueKey = firstSet(reader, local + "Timeout/value", "Timeout/value");
        String unitKey = firstSet(reader, local + "Timeout/unit", "Timeout/unit");
        ChronoUnit unit = reader.choice(unitKey, declared.unit(), FaultToleranceTimeout::unit, accepted());
        // at most what fits in nanoseconds (about 292 years), so that the duration never overflows
        long max = Long.MAX_VALUE / unit.getDuration().toNanos();
        return Duration.of(reader.wholeNumber(valueKey, 1, max, Math.min(declared.value(), max)), unit);
    }

    private static String firstSet(ConfigReader reader, String specific, String global) {
        return reader.text(specific).isPresent() ? specific : global;
    }

    private static Optional<ChronoUnit> unit(String text) {
        return UNITS.stream().filter(unit -> unit.name().equals(text)).findFirst();
    }

    private static String accepted() {
        return UNITS.stream().map(ChronoUnit::name).collect(Collectors.joining(", "));
    }
}
