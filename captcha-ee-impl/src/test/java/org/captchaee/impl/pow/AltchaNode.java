package org.captchaee.impl.pow;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code altcha-interop.mjs} with Node.js in the directory where the build installed altcha-lib (system property
 * {@code captchaee.node.work}). Fails the test, with Node's error output, when Node or the harness is missing, fails or
 * takes longer than a minute: the interoperability tests are never skipped.
 */
final class AltchaNode {

    private static final long TIMEOUT_SECONDS = 60;

    private AltchaNode() {}

    /**
     * Runs the harness.
     *
     * @param stdin what to write to its standard input
     * @param args the mode and its arguments
     * @return its standard output, trimmed
     */
    static String run(String stdin, String... args) {
        Path script = script();
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(script.getParent().toFile())
                    .start();
        } catch (IOException e) {
            return fail("cannot start Node.js ('node' on the PATH), which the ALTCHA interoperability tests need", e);
        }
        CompletableFuture<String> stdout = read(process.getInputStream());
        CompletableFuture<String> stderr = read(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the harness ended early: its exit code and stderr below say why
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                return fail("altcha-interop.mjs " + String.join(" ", args) + " took more than " + TIMEOUT_SECONDS
                        + " s; stderr:\n" + stderr.getNow(""));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for Node.js", e);
        }
        if (process.exitValue() != 0) {
            return fail("altcha-interop.mjs " + String.join(" ", args) + " exited with " + process.exitValue()
                    + "; stderr:\n" + stderr.join());
        }
        return stdout.join().trim();
    }

    private static Path script() {
        String work = System.getProperty("captchaee.node.work");
        if (work == null) {
            return fail("system property captchaee.node.work is not set: run the tests with Maven, which installs"
                    + " altcha-lib with npm ci and sets it");
        }
        Path script = Path.of(work, "altcha-interop.mjs");
        if (!Files.isRegularFile(script) || !Files.isDirectory(Path.of(work, "node_modules", "altcha-lib"))) {
            return fail(work + " lacks altcha-interop.mjs or node_modules/altcha-lib: did npm ci run?");
        }
        return script;
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
