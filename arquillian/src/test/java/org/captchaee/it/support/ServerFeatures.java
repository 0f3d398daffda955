package org.captchaee.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The MicroProfile parts that not every server under test ships. A test class or method that needs one is annotated
 * {@code @Requires(Feature.FAULT_TOLERANCE)}: on a server without it, it is skipped (before anything is deployed), with
 * the reason in the report. Eclipse GlassFish 7 ships MicroProfile Config, but no Fault Tolerance, Health, Metrics or
 * Telemetry; WildFly, Payara Micro and Open Liberty have them all.
 */
public final class ServerFeatures implements ExecutionCondition {

    /** A MicroProfile part a test needs from the server. */
    public enum Feature {
        /**
         * MicroProfile Fault Tolerance: the provider calls' circuit breaker, bulkhead and retries, and the annotations
         * and switches of Fault Tolerance itself. (The library bounds a call by the {@code Timeout} keys without it.)
         */
        FAULT_TOLERANCE("GlassFish 7 ships no MicroProfile Fault Tolerance"),
        /** MicroProfile Health: the readiness endpoint and its checks. */
        HEALTH("GlassFish 7 ships no MicroProfile Health"),
        /** A metrics backend: MicroProfile Metrics (Payara) or MicroProfile Telemetry (WildFly, Liberty). */
        METRICS("GlassFish 7 ships neither MicroProfile Metrics nor Telemetry");

        /** Why the part is missing on GlassFish, the one server without it. */
        private final String missingOnGlassFish;

        Feature(String missingOnGlassFish) {
            this.missingOnGlassFish = missingOnGlassFish;
        }

        /**
         * Whether the server under test ships this part.
         *
         * @return false on GlassFish
         */
        public boolean available() {
            return !"glassfish".equals(server());
        }

        /**
         * Fails at once where the server lacks this part, for support code a skipped test would have called.
         *
         * @throws IllegalStateException on a server without it
         */
        public void require() {
            if (!available()) {
                throw new IllegalStateException(missing());
            }
        }

        /** The reason a test of this part is skipped on the server under test. */
        String missing() {
            return missingOnGlassFish;
        }
    }

    /** The MicroProfile parts a test class or method needs. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Inherited
    @ExtendWith(ServerFeatures.class)
    public @interface Requires {
        /**
         * The parts.
         *
         * @return every part the test needs
         */
        Feature[] value();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Requires> requires = AnnotationSupport.findAnnotation(context.getElement(), Requires.class);
        if (requires.isEmpty()) {
            return ConditionEvaluationResult.enabled("needs no optional MicroProfile part");
        }
        for (Feature feature : requires.get().value()) {
            if (!feature.available()) {
                return ConditionEvaluationResult.disabled(feature.missing());
            }
        }
        return ConditionEvaluationResult.enabled(server() + " ships every MicroProfile part the test needs");
    }

    private static String server() {
        return System.getProperty("arquillian.launch", "");
    }
}
