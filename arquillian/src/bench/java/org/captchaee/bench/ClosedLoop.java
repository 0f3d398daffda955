package org.captchaee.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A closed loop of the same request, sent from this JVM, for the latency figures of the outage phases: each of its
 * connections sends the next request when the last one is answered, and every latency is kept, so the percentiles are
 * those of every answered request and add up with their count. (wrk's own latency figures of a run of refusals did not:
 * a mean of 13 ms for 47,920 answers over 10 s of 8 connections, more time than the connections had.) A request still
 * unanswered when the run ends is abandoned and counted nowhere, as wrk does.
 */
final class ClosedLoop {

    private static final Duration GRACE = Duration.ofMinutes(1);

    private ClosedLoop() {}

    /**
     * Runs the loop.
     *
     * @param url the URL
     * @param connections how many requests are in flight at once, each on a connection of its own
     * @param duration how long
     * @param headers {@code Name: value} headers sent with every request
     * @return the figures
     */
    static WrkRun run(String url, int connections, Duration duration, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(duration.plus(GRACE));
        for (String header : headers) {
            String[] parts = header.split(":", 2);
            builder.header(parts[0].trim(), parts[1].trim());
        }
        HttpRequest request = builder.build();
        ExecutorService loops = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try {
            List<Future<Connection>> running = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                running.add(loops.submit(() -> new Connection().loop(request, deadline)));
            }
            List<Connection> ended = new ArrayList<>();
            for (Future<Connection> connection : running) {
                ended.add(connection.get(duration.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS));
            }
            return figures(ended, (System.nanoTime() - start) / 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the closed loop on " + url + " failed", e);
        } finally {
            loops.shutdownNow();
        }
    }

    private static WrkRun figures(List<Connection> ended, long durationMicros) {
        long[] micros = ended.stream()
                .flatMapToLong(connection -> Arrays.stream(connection.latencies, 0, connection.answered))
                .sorted()
                .toArray();
        long refused = ended.stream().mapToLong(connection -> connection.refused).sum();
        long unanswered = ended.stream().mapToLong(connection -> connection.unanswered).sum();
        long mean = micros.length == 0 ? 0 : Arrays.stream(micros).sum() / micros.length;
        return new WrkRun(
                micros.length,
                durationMicros,
                refused,
                unanswered,
                mean,
                percentile(micros, 50),
                percentile(micros, 90),
                percentile(micros, 99),
                micros.length == 0 ? 0 : micros[micros.length - 1]);
    }

    /** The nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** One connection of the loop: its own HTTP client, so that no two requests share a connection. */
    private static final class Connection {

        private final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private long[] latencies = new long[4096];
        private int answered;
        private long refused;
        private long unanswered;

        Connection loop(HttpRequest request, long deadline) throws InterruptedException {
            while (System.nanoTime() < deadline) {
                long sent = System.nanoTime();
                CompletableFuture<HttpResponse<Void>> answer =
                        client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
                try {
                    HttpResponse<Void> response = answer.get(deadline - sent, TimeUnit.NANOSECONDS);
                    record((System.nanoTime() - sent) / 1000, response.statusCode());
                } catch (TimeoutException e) {
                    answer.cancel(true); // cut off by the end of the run
                    break;
                } catch (ExecutionException e) {
                    unanswered++;
                }
            }
            return this;
        }

        private void record(long micros, int status) {
            if (answered == latencies.length) {
                latencies = Arrays.copyOf(latencies, answered * 2);
            }
            latencies[answered++] = micros;
            if (status >= 400) {
                refused++;
            }
        }
    }
}
