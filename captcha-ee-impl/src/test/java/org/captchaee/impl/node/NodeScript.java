package org.captchaee.impl.node;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Node.js script of a test harness that the build installed with {@code npm ci} in the directory named by the
 * system property {@code captchaee.node.work}. Fails the test, with Node's error output, when Node, the script or its
 * package is missing, or when the script fails or takes longer than its timeout: harness tests are never skipped.
 */
public final class NodeScript {

    private final Path script;
    private final Duration timeout;

    private NodeScript(Path script, Duration timeout) {
        this.script = script;
        this.timeout = timeout;
    }

    /**
     * A script of the installed harness.
     *
     * @param name the script's file name
     * @param npmPackage a package the script imports, which must be installed
     * @param timeout how long one run may take
     * @return the script
     */
    public static NodeScript of(String name, String npmPackage, Duration timeout) {
        Path work = work();
        if (!Files.isDirectory(work.resolve("node_modules").resolve(npmPackage))) {
            return fail(work + " lacks node_modules/" + npmPackage + ": did npm ci run?");
        }
        return of(name, timeout);
    }

    /**
     * A script of the harness that imports no package, only Node.js's own modules.
     *
     * @param name the script's file name
     * @param timeout how long one run may take
     * @return the script
     */
    public static NodeScript of(String name, Duration timeout) {
        Path script = work().resolve(name);
        if (!Files.isRegularFile(script)) {
            return fail(script.getParent() + " lacks " + name + ": did the build copy src/test/node?");
        }
        return new NodeScript(script, timeout);
    }

    private static Path work() {
        String work = System.getProperty("captchaee.node.work");
        if (work == null) {
            return fail("system property captchaee.node.work is not set: run the tests with Maven, which installs the"
                    + " Node.js harness with npm ci and sets it");
        }
        return Path.of(work);
    }

    /**
     * Runs the script.
     *
     * @param stdin what to write to its standard input
     * @param args its arguments
     * @return its standard output, trimmed
     */
    public String run(String stdin, String... args) {
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        command.addAll(List.of(args));
        String what = script.getFileName() + " " + String.join(" ", args);
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(script.getParent().toFile())
                    .start();
        } catch (IOException e) {
            return fail("cannot start Node.js ('node' on the PATH) for " + what, e);
        }
        CompletableFuture<String> stdout = read(process.getInputStream());
        CompletableFuture<String> stderr = read(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the script ended early: its exit code and stderr below say why
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                return fail(what + " took more than " + timeout.toSeconds() + " s; stderr:\n" + stderr.getNow(""));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for Node.js", e);
        }
        if (process.exitValue() != 0) {
            return fail(what + " exited with " + process.exitValue() + "; stderr:\n" + stderr.join());
        }
        return stdout.join().trim();
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
