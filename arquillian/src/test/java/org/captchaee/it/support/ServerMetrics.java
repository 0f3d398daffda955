package org.captchaee.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metrics the server under test publishes through one backend, in Prometheus form
 * ({@code captcha_verifications_total}): scraped from {@code /metrics?scope=application} (MicroProfile Metrics on
 * Payara), or read from the OpenTelemetry logging exporter's lines in the server log (WildFly, Liberty) and
 * named as a Prometheus exporter names them.
 */
public final class ServerMetrics {

    private static final Pattern PROMETHEUS_LINE =
            Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\d+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_.]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Duration WITHIN = TimeScale.of(Duration.ofSeconds(20));

    private final String backend;
    private final Supplier<List<Sample>> source;

    private ServerMetrics(String backend, Supplier<List<Sample>> source) {
        this.backend = backend;
        this.source = source;
    }

    /**
     * Every backend the server under test publishes the deployment's metrics through.
     *
     * @param http the client of the deployment
     * @return OpenTelemetry on WildFly and Liberty, MicroProfile Metrics on Payara
     * @throws IllegalStateException on GlassFish, which has neither
     */
    public static List<ServerMetrics> of(Http http) {
        ServerFeatures.Feature.METRICS.require();
        ServerMetrics openTelemetry =
                new ServerMetrics("OpenTelemetry", () -> OtelLogSamples.latest(ServerLogText.read()));
        ServerMetrics microProfile = new ServerMetrics(
                "MicroProfile Metrics",
                () -> prometheus(scrape(http.uri("metrics").resolve("/metrics?scope=application"))));
        String server = System.getProperty("arquillian.launch", "");
        return switch (server) {
            case "wildfly", "liberty" -> List.of(openTelemetry);
            case "payara" -> List.of(microProfile);
            default -> throw new IllegalStateException("unknown server '" + server + "'");
        };
    }

    /**
     * Waits until a sample has the expected value: the OpenTelemetry exporter publishes every 500 ms.
     *
     * @param expected the value
     * @param name the sample's name, in Prometheus form
     * @param labels labels the sample has (among others)
     */
    public void awaitValue(double expected, String name, String... labels) {
        Map<String, String> wanted = pairs(labels);
        long deadline = System.nanoTime() + WITHIN.toNanos();
        List<Sample> found = matching(name, wanted);
        while (!hasValue(found, expected) && System.nanoTime() < deadline) {
            pause();
            found = matching(name, wanted);
        }
        assertEquals(1, found.size(), () -> backend + ": samples " + name + wanted + ": " + matching(name, Map.of()));
        assertEquals(expected, found.get(0).value(), 1e-9, () -> backend + ": " + name + wanted);
    }

    private static boolean hasValue(List<Sample> found, double expected) {
        return found.size() == 1 && Math.abs(found.get(0).value() - expected) < 1e-9;
    }

    private List<Sample> matching(String name, Map<String, String> wanted) {
        return samples().stream()
                .filter(sample -> sample.name().equals(name))
                .filter(sample -> sample.labels().entrySet().containsAll(wanted.entrySet()))
                .toList();
    }

    private List<Sample> samples() {
        return source.get();
    }

    private static String scrape(URI endpoint) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Accept", "text/plain")
                .timeout(TimeScale.of(Duration.ofSeconds(10)))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build()
                    .send(request, BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), () -> "GET " + endpoint + ": " + response.body());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + endpoint, e);
        }
    }

    /**
     * Parses the Prometheus text format.
     *
     * @param text the text
     * @return its samples
     */
    static List<Sample> prometheus(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher matcher = PROMETHEUS_LINE.matcher(line.trim());
            if (!line.startsWith("#") && matcher.matches()) {
                samples.add(
                        new Sample(matcher.group(1), labels(matcher.group(2)), Double.parseDouble(matcher.group(3))));
            }
        }
        return samples;
    }

    /**
     * Parses labels written as {@code key="value", ...}.
     *
     * @param text the labels, or null
     * @return them by name
     */
    static Map<String, String> labels(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text != null) {
            Matcher matcher = LABEL.matcher(text);
            while (matcher.find()) {
                labels.put(matcher.group(1), matcher.group(2));
            }
        }
        return labels;
    }

    private static Map<String, String> pairs(String... labels) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            pairs.put(labels[i], labels[i + 1]);
        }
        return pairs;
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for metrics", e);
        }
    }

    /**
     * One sample.
     *
     * @param name its name, in Prometheus form
     * @param labels its labels
     * @param value its value
     */
    public record Sample(String name, Map<String, String> labels, double value) {}
}
