package org.captchaee.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * What one load run measured: a {@code wrk} run's figures, from the line the benchmark's Lua {@code done} prints, or a
 * {@link ClosedLoop}'s.
 *
 * @param requests the requests answered
 * @param durationMicros how long the run took
 * @param refused answers with a status of 400 or more
 * @param socketErrors connect, read and write errors and timeouts (requests without an answer)
 * @param meanMicros the mean latency
 * @param p50Micros the median latency
 * @param p90Micros the 90th percentile latency
 * @param p99Micros the 99th percentile latency
 * @param maxMicros the highest latency
 */
record WrkRun(
        long requests,
        long durationMicros,
        long refused,
        long socketErrors,
        long meanMicros,
        long p50Micros,
        long p90Micros,
        long p99Micros,
        long maxMicros) {

    private static final String PREFIX = "WRK ";

    /**
     * Reads wrk's output.
     *
     * @param output everything wrk printed
     * @return the figures
     * @throws IllegalStateException if the figures line is missing
     */
    static WrkRun parse(String output) {
        String line = output.lines()
                .filter(candidate -> candidate.startsWith(PREFIX))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no figures:\n" + output));
        Map<String, Long> values = new HashMap<>();
        for (String pair : line.substring(PREFIX.length()).trim().split(" ")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], Long.parseLong(parts[1]));
        }
        long socketErrors =
                values.get("connect") + values.get("read") + values.get("write") + values.get("timeout");
        return new WrkRun(
                values.get("requests"),
                values.get("duration_us"),
                values.get("non2xx"),
                socketErrors,
                values.get("mean_us"),
                values.get("p50_us"),
                values.get("p90_us"),
                values.get("p99_us"),
                values.get("max_us"));
    }

    /**
     * Requests answered per second.
     *
     * @return the rate
     */
    double perSecond() {
        return requests * 1_000_000.0 / durationMicros;
    }

    /**
     * Requests answered per second by a closed loop of connections that each send the next request when the last one
     * is answered (Little's law: connections divided by the mean latency). For runs that stop before their duration
     * ends, whose {@link #perSecond()} would count the idle rest.
     *
     * @param connections the open connections
     * @return the rate
     */
    double perSecondOf(int connections) {
        return connections * 1_000_000.0 / meanMicros;
    }

    /**
     * Requests answered with a status below 400.
     *
     * @return the count
     */
    long succeeded() {
        return requests - refused;
    }

    /**
     * Requests that failed: refused, or never answered.
     *
     * @return the count
     */
    long failed() {
        return refused + socketErrors;
    }
}
