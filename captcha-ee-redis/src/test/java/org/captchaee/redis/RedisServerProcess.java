package org.captchaee.redis;

import java.io.File;
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
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real {@code redis-server} on {@code 127.0.0.1}, started by a test and stopped by its own PID: for the unit tests of
 * the Redis store and for the Arquillian cluster tests.
 *
 * <p>It runs with {@code --save '' --appendonly no} (nothing on disk) in a temporary directory of its own, and with its
 * output in {@code redis.log} there (quoted in the exception when it does not come up). Every wait is bounded. The
 * binary is {@code redis-server} on the {@code PATH}, else Debian's {@code /usr/bin/redis-check-rdb} (package
 * {@code redis-tools}, which ships the server under that name) started through a symlink named {@code redis-server}.
 * A JVM that exits without closing it still kills the server (a shutdown hook).
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * try (RedisServerProcess redis = RedisServerProcess.start(RedisServerProcess.freePort())) {
 *     redis.command("SET", "k", "1");
 *     redis.pause(); // SIGSTOP: connections stay open, nothing answers
 *     redis.resume();
 * }
 * </pre>
 *
 * <p>A first extra argument that does not start with {@code --} is a configuration file and is placed first on the
 * command line, as Redis requires (for example a Sentinel's, followed by {@code --sentinel}).
 */
public final class RedisServerProcess implements AutoCloseable {

    private static final long START_TIMEOUT_MILLIS = 10_000;
    private static final long STOP_TIMEOUT_MILLIS = 10_000;
    private static final long COMMAND_TIMEOUT_MILLIS = 10_000;
    private static final int PING_TIMEOUT_MILLIS = 500;
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "redis-server-reaper"));
    }

    private final int port;
    private final List<String> extraArgs;
    private final Path directory;
    private Process process;
    private boolean paused;

    private RedisServerProcess(int port, List<String> extraArgs, Path directory) {
        this.port = port;
        this.extraArgs = extraArgs;
        this.directory = directory;
    }

    /**
     * Starts a {@code redis-server} on {@code 127.0.0.1:port} and waits (at most 10 s) until it answers {@code PING}.
     *
     * @param port the port, for example from {@link #freePort()}
     * @param extraArgs more options, such as {@code "--requirepass", "secret"}; they follow (and so override) the
     *     defaults. A first one without {@code --} is a configuration file, placed first
     * @return the running server
     * @throws IllegalStateException if no binary is found (the message says how to install one) or the server does not
     *     come up in time (the message quotes its log)
     */
    public static synchronized RedisServerProcess start(int port, String... extraArgs) {
        try {
            Path directory = Files.createTempDirectory("redis-" + port + "-");
            RedisServerProcess server = new RedisServerProcess(port, List.of(extraArgs), directory);
            server.launch();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start redis-server on port " + port, e);
        }
    }

    /**
     * A loopback port that was free a moment ago.
     *
     * @return the port
     */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    /**
     * The port it listens on.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * Its address as a Redis URI.
     *
     * @return {@code redis://127.0.0.1:<port>}
     */
    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /**
     * The PID of the running server.
     *
     * @return the PID
     * @throws IllegalStateException if it is stopped
     */
    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("redis-server on port " + port + " is not running");
        }
        return process.pid();
    }

    /**
     * Stops the server: {@code SIGTERM} to its own PID (after {@code SIGCONT} if it is paused), at most 10 s of waiting,
     * then {@code SIGKILL}. Stopping a stopped server does nothing.
     */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        if (paused) {
            resume();
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            RUNNING.remove(process);
            process = null;
        }
    }

    /** Stops the server, then starts it again on the same port with the same arguments and directory. */
    public synchronized void restart() {
        stop();
        launch();
    }

    /** Freezes the server with {@code SIGSTOP}: its connections stay open and nothing answers. */
    public synchronized void pause() {
        signal("-STOP");
        paused = true;
    }

    /** Lets a paused server go on with {@code SIGCONT}. */
    public synchronized void resume() {
        signal("-CONT");
        paused = false;
    }

    /**
     * Runs one command with {@code redis-cli -h 127.0.0.1 -p <port>} (at most 10 s).
     *
     * @param args the command and its arguments, optionally preceded by {@code redis-cli} options such as
     *     {@code --user}
     * @return what {@code redis-cli} printed (standard output and error), without the final line break
     * @throws IllegalStateException if it does not finish in time
     */
    public String command(String... args) {
        List<String> command = new ArrayList<>(List.of("redis-cli", "-h", "127.0.0.1", "-p", String.valueOf(port)));
        command.addAll(List.of(args));
        try {
            Process cli = new ProcessBuilder(command).redirectErrorStream(true).start();
            cli.getOutputStream().close();
            byte[] output = readBounded(cli);
            return new String(output, StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new UncheckedIOException("redis-cli failed; install it with: apt-get install redis-tools", e);
        }
    }

    /** Stops the server and deletes its directory. */
    @Override
    public synchronized void close() {
        stop();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }

    private void launch() {
        List<String> command = new ArrayList<>();
        command.add(ServerBinary.PATH.toString());
        List<String> options = new ArrayList<>(extraArgs);
        if (!options.isEmpty() && !options.get(0).startsWith("--")) {
            command.add(options.remove(0));
        }
        command.addAll(List.of(
                "--port", String.valueOf(port),
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "no",
                "--daemonize", "no",
                "--dir", directory.toString()));
        command.addAll(options);
        Path log = directory.resolve("redis.log");
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        }
        RUNNING.add(process);
        paused = false;
        awaitPing(log);
    }

    private void awaitPing(Path log) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MILLIS);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (answersPing()) {
                return;
            }
            sleep(50);
        }
        String output = readLog(log);
        stop();
        throw new IllegalStateException("redis-server on 127.0.0.1:" + port + " did not answer PING within "
                + START_TIMEOUT_MILLIS + " ms; its output:\n" + output);
    }

    /** A raw PING: any reply but an error other than NOAUTH (a server with a password answers too) counts. */
    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), PING_TIMEOUT_MILLIS);
            socket.setSoTimeout(PING_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] reply = new byte[64];
            int read = socket.getInputStream().read(reply);
            String text = read > 0 ? new String(reply, 0, read, StandardCharsets.US_ASCII) : "";
            return text.startsWith("+") || text.startsWith("-NOAUTH");
        } catch (IOException e) {
            return false;
        }
    }

    private void signal(String signal) {
        long pid = pid();
        try {
            Process kill = new ProcessBuilder("kill", signal, String.valueOf(pid))
                    .redirectErrorStream(true)
                    .start();
            readBounded(kill);
            if (kill.exitValue() != 0) {
                throw new IllegalStateException("kill " + signal + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("kill " + signal + " " + pid + " failed", e);
        }
    }

    /** Waits at most {@link #COMMAND_TIMEOUT_MILLIS} for a short-lived process and returns its output. */
    private static byte[] readBounded(Process child) throws IOException {
        try {
            if (!child.waitFor(COMMAND_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                child.destroyForcibly();
                throw new IllegalStateException("'" + child.info().commandLine().orElse("command")
                        + "' did not finish within " + COMMAND_TIMEOUT_MILLIS + " ms");
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        try (InputStream in = child.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String readLog(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for redis-server", e);
        }
    }

    /** Finds the server binary once. */
    private static final class ServerBinary {

        static final Path PATH = find();

        private static Path find() {
            String searchPath = System.getenv().getOrDefault("PATH", "");
            for (String dir : searchPath.split(File.pathSeparator)) {
                Path candidate = Paths.get(dir, "redis-server");
                if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
            Path debian = Paths.get("/usr/bin/redis-check-rdb");
            if (Files.isExecutable(debian)) {
                return symlinkNamedServer(debian);
            }
            throw new IllegalStateException("No redis-server: neither redis-server on the PATH nor"
                    + " /usr/bin/redis-check-rdb exists. Fix: apt-get install redis-tools (Debian ships the"
                    + " server binary in it).");
        }

        private static Path symlinkNamedServer(Path target) {
            try {
                Path dir = Files.createTempDirectory("redis-bin-");
                dir.toFile().deleteOnExit(); // deleted last: files registered later are deleted first
                Path link = Files.createSymbolicLink(dir.resolve("redis-server"), target);
                link.toFile().deleteOnExit();
                return link;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot link redis-server to " + target, e);
            }
        }
    }
}
