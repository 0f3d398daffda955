package org.captchaee.impl.observe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instruments captcha-ee publishes, in one table: their OpenTelemetry names, units and labels (attributes). The
 * MicroProfile Metrics and Micrometer adapters use the same names; their Prometheus form adds {@code _total} to
 * counters and {@code _seconds} to the duration. No label names a scene, a client IP or a user key: every label takes
 * a few values only, fixed by the configuration.
 */
public enum Instrument {
    /** Protected calls, by the verdict that decided them; a degraded pass counts as {@code passed}. */
    VERIFICATIONS(
            "captcha.verifications",
            Kind.COUNTER,
            "{verification}",
            "Protected calls, by the verdict that decided them",
            "verifier",
            "outcome",
            "reason"),
    /** The time spent checking the captcha of a protected call, provider round trips included. */
    VERIFICATION_DURATION(
            "captcha.verification.duration",
            Kind.DURATION,
            "s",
            "Time spent checking the captcha of a protected call",
            "verifier",
            "outcome"),
    /** Calls an outage policy let pass without a solved captcha. */
    DEGRADED_PASSES(
            "captcha.degraded",
            Kind.COUNTER,
            "{pass}",
            "Calls an outage policy let pass without a solved captcha",
            "verifier",
            "cause"),
    /** Calls during an outage under the policy {@code allow} whose client had spent its allow budget. */
    ALLOW_BUDGET_EXHAUSTED(
            "captcha.allow.budget.exhausted",
            Kind.COUNTER,
            "{call}",
            "Calls under the outage policy allow refused because the allow budget was spent",
            "verifier"),
    /** Failed operations of the state store. */
    STORE_ERRORS(
            "captcha.store.errors",
            Kind.COUNTER,
            "{error}",
            "Failed operations of the state store",
            "operation",
            "store"),
    /** What this node last saw of each verifier's provider: 0 up, 1 outage, 2 circuit open. */
    PROVIDER_CIRCUIT(
            "captcha.provider.circuit",
            Kind.GAUGE,
            "1",
            "What this node last saw of the verifier's provider: 0 up, 1 outage, 2 circuit open",
            "verifier");

    /** How an instrument measures. */
    public enum Kind {
        /** A monotonic count. */
        COUNTER,
        /** A distribution of durations, recorded in seconds. */
        DURATION,
        /** A value read when the metrics are collected. */
        GAUGE
    }

    private final String metricName;
    private final Kind kind;
    private final String unit;
    private final String description;
    private final List<String> labelNames;

    Instrument(String metricName, Kind kind, String unit, String description, String... labelNames) {
        this.metricName = metricName;
        this.kind = kind;
        this.unit = unit;
        this.description = description;
        this.labelNames = List.of(labelNames);
    }

    /**
     * The instrument's name, in OpenTelemetry form.
     *
     * @return a name such as {@code captcha.verifications}
     */
    public String metricName() {
        return metricName;
    }

    /**
     * How it measures.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Its unit, in UCUM form as OpenTelemetry writes it.
     *
     * @return {@code s} for the duration, {@code 1} for the gauge, an annotation such as {@code {verification}} for
     *     counters
     */
    public String unit() {
        return unit;
    }

    /**
     * What it measures, for the backends' help text.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * The names of its labels, in a fixed order.
     *
     * @return the label names
     */
    public List<String> labelNames() {
        return labelNames;
    }

    /**
     * Pairs label values with this instrument's label names.
     *
     * @param values one value per label name, in order
     * @return the labels, in the order of the names
     * @throws IllegalArgumentException if the count of values differs from the count of names
     */
    public Map<String, String> labels(String... values) {
        if (values.length != labelNames.size()) {
            throw new IllegalArgumentException(metricName + " takes the labels " + labelNames);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            labels.put(labelNames.get(i), values[i]);
        }
        return labels;
    }
}
