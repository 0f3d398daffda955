package org.captchaee.it.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.captchaee.it.support.ServerMetrics.Sample;

/**
 * The captcha-ee metrics in the lines of OpenTelemetry's logging exporter ({@code otel.metrics.exporter=logging}), one
 * line per metric and export, named as OpenTelemetry's Prometheus exporter names them: {@code _total} for sums,
 * {@code _seconds_count} and {@code _seconds_sum} for the histogram in seconds.
 */
final class OtelLogSamples {

    private static final String SCOPE = "InstrumentationScopeInfo{name=org.captchaee,";
    private static final Pattern NAME = Pattern.compile(", name=([^,]+), description=.*?, type=([A-Z_]+), data=");
    private static final Pattern LONG_POINT =
            Pattern.compile("ImmutableLongPointData\\{[^{}]*?attributes=\\{([^{}]*)}, value=(-?\\d+)");
    /** Logged when the deployment under test started publishing: older lines are a previous deployment's. */
    private static final String STARTED = "CAPTCHA-I003 captcha-ee publishes its metrics through OpenTelemetry";

    private static final Pattern HISTOGRAM_POINT =
            Pattern.compile("getAttributes=\\{([^{}]*)}, getSum=([^,]+), getCount=(\\d+)");

    private OtelLogSamples() {}

    /**
     * The samples of the last export of each metric.
     *
     * @param log the server log
     * @return the samples
     */
    static List<Sample> latest(String log) {
        Map<String, List<Sample>> byMetric = new LinkedHashMap<>();
        int started = log.lastIndexOf(STARTED);
        for (String line : log.substring(Math.max(started, 0)).split("\n")) {
            Matcher name = NAME.matcher(line);
            if (line.contains(SCOPE) && name.find()) {
                byMetric.put(name.group(1), samples(name.group(1), name.group(2), line));
            }
        }
        return byMetric.values().stream().flatMap(List::stream).toList();
    }

    private static List<Sample> samples(String metric, String type, String line) {
        String base = metric.replace('.', '_');
        List<Sample> samples = new ArrayList<>();
        if (type.equals("HISTOGRAM")) {
            Matcher point = HISTOGRAM_POINT.matcher(line);
            while (point.find()) {
                Map<String, String> labels = ServerMetrics.labels(point.group(1));
                samples.add(new Sample(base + "_seconds_count", labels, Double.parseDouble(point.group(3))));
                samples.add(new Sample(base + "_seconds_sum", labels, Double.parseDouble(point.group(2))));
            }
            return samples;
        }
        String name = type.equals("LONG_SUM") ? base + "_total" : base;
        Matcher point = LONG_POINT.matcher(line);
        while (point.find()) {
            samples.add(new Sample(name, ServerMetrics.labels(point.group(1)), Double.parseDouble(point.group(2))));
        }
        return samples;
    }
}
