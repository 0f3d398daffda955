package org.captchaee.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} on a loopback port, started and stopped by the test through its own PID. A temporary copy
 * of the fixture that {@code captcha-ee-redis} publishes in its test-jar, with the same API.
 */
public final class RedisServerProcess implements AutoCloseable {

    private static final long START_MILLIS = 10_000;
    private static final long STOP_SECONDS = 10;
    private static final Path DEBIAN_SERVER = Path.of("/usr/bin/redis-check-rdb");

    private final int port;
    private final List<String> extraArgs;
    private Process process;

    private RedisServerProcess(int port, List<String> extraArgs) {
        this.port = port;
        this.extraArgs = extraArgs;
    }

    /**
     * Starts {@code redis-server} on {@code 127.0.0.1:port} without persistence and waits until it answers PING.
     *
     * @param port the port
     * @param extraArgs more server arguments, such as {@code --maxmemory 1mb}
     * @return the running server
     */
    public static RedisServerProcess start(int port, String... extraArgs) {
        RedisServerProcess server = new RedisServerProcess(port, List.of(extraArgs));
        server.launch();
        return server;
    }

    /**
     * A loopback port that is free now.
     *
     * @return the port
     */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The port.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * The URI clients connect to.
     *
     * @return {@code redis://127.0.0.1:<port>}
     */
    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** Stops the server: SIGTERM to its own PID, a bounded wait, then a forced kill. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        resume();
        process.destroy();
        try {
            if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Stops the server, then starts it again on the same port with the same arguments. */
    public void restart() {
        stop();
        launch();
    }

    /** Freezes the server (SIGSTOP): it keeps its connections but answers nothing. */
    public void pause() {
        signal("-STOP");
    }

    /** Lets a frozen server go on (SIGCONT). */
    public void resume() {
        signal("-CONT");
    }

    /**
     * Runs one command through {@code redis-cli}.
     *
     * @param args the command and its arguments, such as {@code "KEYS", "captcha:*"}
     * @return what {@code redis-cli} printed
     */
    public String command(String... args) {
        List<String> cli = new ArrayList<>(List.of("redis-cli", "-h", "127.0.0.1", "-p", Integer.toString(port)));
        cli.addAll(List.of(args));
        return run(cli);
    }

    @Override
    public void close() {
        stop();
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(
                binary().toString(),
                "--port",
                Integer.toString(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no"));
        command.addAll(extraArgs);
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitPong();
    }

    private void awaitPong() {
        long deadline = System.currentTimeMillis() + START_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server on port " + port + " exited with " + process.exitValue());
            }
            if (answersPing()) {
                return;
            }
            sleep(50);
        }
        stop();
        throw new IllegalStateException(
                "redis-server on port " + port + " did not answer PING within " + START_MILLIS + " ms");
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] answer = socket.getInputStream().readNBytes(7);
            return new String(answer, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private void signal(String signal) {
        if (process != null && process.isAlive()) {
            run(List.of("kill", signal, Long.toString(process.pid())));
        }
    }

    private static String run(List<String> command) {
        try {
            Process cli = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream out = cli.getInputStream()) {
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                if (!cli.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                    cli.destroyForcibly();
                }
                return text;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private static Path binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, "redis-server");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        if (Files.isExecutable(DEBIAN_SERVER)) {
            try {
                Path dir = Files.createTempDirectory("redis-server");
                return Files.createSymbolicLink(dir.resolve("redis-server"), DEBIAN_SERVER);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("No redis-server on the PATH and no " + DEBIAN_SERVER
                + ": install it with 'apt-get install redis-tools'");
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for redis-server", e);
        }
    }
}
