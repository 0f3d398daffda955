package org.captchaee.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's {@code wrk} against one URL of the server under test, with one of the benchmark's Lua scripts, and
 * reads what it measured. Every run is bounded: wrk is killed if it outlives its duration by a minute.
 */
final class Wrk {

    private static final Duration GRACE = Duration.ofMinutes(1);

    private final Path scripts;
    private final int threads;

    /**
     * Prepares the scripts.
     *
     * @param work a directory for the scripts
     * @param threads wrk's threads ({@code -t})
     */
    Wrk(Path work, int threads) {
        this.threads = threads;
        try {
            this.scripts = Files.createDirectories(work.resolve("wrk"));
            String report = resource("report.lua");
            String threadNumbers = resource("threads.lua");
            for (String script : List.of("fresh-token.lua", "prepared-tokens.lua")) {
                Files.writeString(
                        scripts.resolve(script), threadNumbers + "\n" + resource(script) + "\n" + report);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks that wrk is installed.
     *
     * @throws IllegalStateException naming the Debian package when it is not
     */
    static void requireInstalled() {
        try {
            Process version = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            version.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("wrk is not installed: apt-get install wrk", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new {@code X-Captcha-Token} on every request.
     *
     * @param url the URL
     * @param connections open connections
     * @param duration how long
     * @param round a name no other run of the same endpoint uses, so that no token is sent twice
     * @return the figures
     */
    WrkRun freshTokens(String url, int connections, Duration duration, String round) {
        List<String> command = base(connections, duration, "fresh-token.lua");
        command.addAll(List.of(url, "--", round));
        return run(command, duration);
    }

    /**
     * Each prepared token once, then stop; or, with the header {@code none}, as many requests without one.
     *
     * @param url the URL
     * @param connections open connections
     * @param limit the longest the run may take
     * @param tokens a file with one token per line
     * @param header the header to send them in, or {@code none}
     * @return the figures
     */
    WrkRun preparedTokens(String url, int connections, Duration limit, Path tokens, String header) {
        List<String> command = base(connections, limit, "prepared-tokens.lua");
        command.addAll(List.of(
                url,
                "--",
                tokens.toString(),
                header,
                Integer.toString(threads),
                Integer.toString(connections / threads)));
        return run(command, limit);
    }

    private List<String> base(int connections, Duration duration, String script) {
        return new ArrayList<>(List.of(
                "wrk",
                "-t" + threads,
                "-c" + connections,
                "-d" + duration.toSeconds() + "s",
                "--timeout",
                "60s",
                "-s",
                scripts.resolve(script).toString()));
    }

    private static WrkRun run(List<String> command, Duration duration) {
        try {
            Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
            InputStream output = wrk.getInputStream();
            if (!wrk.waitFor(duration.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS)) {
                wrk.destroyForcibly();
                throw new IllegalStateException("wrk did not end: " + command);
            }
            String printed = new String(output.readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.exitValue() != 0) {
                throw new IllegalStateException("wrk failed (" + wrk.exitValue() + "): " + command + "\n" + printed);
            }
            return WrkRun.parse(printed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Wrk.class.getResourceAsStream("/wrk/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
