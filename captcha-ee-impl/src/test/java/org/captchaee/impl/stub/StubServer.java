package org.captchaee.impl.stub;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * What every provider stub shares: an HTTP server on a free port of 127.0.0.1, a call counter, and the faults that
 * every provider shows in an outage (a slow or hanging answer, an HTML error page, a body cut short, a raw body, the
 * connection refused while the port is closed). A subclass speaks its provider's protocol in {@link #answer} and writes
 * the provider's own envelope for {@link Fault#INTERNAL_ERROR}, {@link Fault#THROTTLED} and {@link Fault#BUSY}.
 */
public abstract class StubServer implements AutoCloseable {

    private static final long HANG_MILLIS = 30_000;

    /** What the stub does to the next calls instead of answering normally. */
    public enum Fault {
        /** Answers normally. */
        NONE,
        /** Waits {@link #delay(long)} milliseconds, then answers normally. */
        DELAY,
        /** Accepts the connection and never answers (until it gives up after 30 s). */
        HANG,
        /** Holds every call until {@link #release()} (30 s at most), then answers normally. */
        HOLD,
        /** HTTP 500 with an HTML page, as a proxy in front of the provider answers. */
        HTTP_500,
        /** HTTP 200 with a JSON body cut short. */
        MALFORMED_JSON,
        /** HTTP 200 with the body set by {@link #rawBody(String)}. */
        RAW_BODY,
        /** The provider's own "internal error" answer. */
        INTERNAL_ERROR,
        /** The provider's own "too many requests" answer. */
        THROTTLED,
        /** The provider's own "busy" or "service unavailable" answer. */
        BUSY
    }

    private final AtomicInteger calls = new AtomicInteger();
    private final ExecutorService executor;
    private final int port;
    private volatile HttpServer server;
    private volatile Fault fault = Fault.NONE;
    private volatile String rawBody = "";
    private volatile long delayMillis;
    private volatile CountDownLatch held = new CountDownLatch(1);

    /**
     * Starts listening on a free port of 127.0.0.1.
     *
     * @param name the name of the stub's threads
     */
    protected StubServer(String name) {
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        try {
            this.server = listen(0);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new IllegalStateException("cannot start the " + name, e);
        }
        this.port = server.getAddress().getPort();
    }

    /**
     * The URL to configure as the provider's endpoint.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public String endpoint() {
        return "http://" + host();
    }

    /**
     * The Host header requests carry.
     *
     * @return {@code 127.0.0.1:<port>}
     */
    public String host() {
        return "127.0.0.1:" + port;
    }

    /**
     * Injects a fault into every call from now on.
     *
     * @param fault the fault, {@link Fault#NONE} to heal
     */
    public void fault(Fault fault) {
        if (fault == Fault.HOLD) {
            held = new CountDownLatch(1);
        }
        this.fault = fault;
    }

    /** Lets the calls held by {@link Fault#HOLD} answer. */
    public void release() {
        held.countDown();
    }

    /**
     * Sets the delay of {@link Fault#DELAY}.
     *
     * @param millis the delay
     */
    public void delay(long millis) {
        this.delayMillis = millis;
    }

    /**
     * Sets the body of {@link Fault#RAW_BODY}.
     *
     * @param body the exact body to answer
     */
    public void rawBody(String body) {
        this.rawBody = body;
    }

    /** Closes the port, so that connections are refused, until {@link #reopen()}. */
    public void closePort() {
        server.stop(0);
    }

    /** Listens again on the same port. */
    public void reopen() {
        try {
            server = listen(port);
        } catch (IOException e) {
            throw new IllegalStateException("cannot reopen port " + port, e);
        }
    }

    /**
     * How many HTTP requests reached the stub.
     *
     * @return the count
     */
    public int calls() {
        return calls.get();
    }

    /**
     * Waits until at least {@code count} HTTP requests have reached the stub, polling every 20 ms.
     *
     * @param count the number of requests to wait for
     * @param within the longest wait
     * @return whether they arrived in time
     */
    public boolean awaitCalls(int count, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (calls.get() < count) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            sleep(20);
        }
        return true;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * Answers a request that no fault intercepted.
     *
     * @param exchange the exchange, closed by the caller
     * @param body the request body
     * @throws IOException if the answer cannot be written
     */
    protected abstract void answer(HttpExchange exchange, byte[] body) throws IOException;

    /**
     * Answers with the provider's own envelope for {@link Fault#INTERNAL_ERROR}, {@link Fault#THROTTLED} or
     * {@link Fault#BUSY}.
     *
     * @param exchange the exchange, closed by the caller
     * @param fault one of those three faults
     * @throws IOException if the answer cannot be written
     */
    protected abstract void answerFault(HttpExchange exchange, Fault fault) throws IOException;

    /**
     * Sends a complete answer.
     *
     * @param exchange the exchange
     * @param status the HTTP status
     * @param contentType the Content-Type
     * @param body the body
     * @throws IOException if the answer cannot be written
     */
    protected static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * The request headers, first value of each, by lower-case name.
     *
     * @param exchange the exchange
     * @return the headers
     */
    protected static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        return headers;
    }

    private HttpServer listen(int onPort) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        http.createContext("/", this::handle);
        http.setExecutor(executor);
        http.start();
        return http;
    }

    private void handle(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        try (exchange) {
            byte[] body = readAll(exchange.getRequestBody());
            Fault now = fault;
            switch (now) {
                case NONE -> answer(exchange, body);
                case DELAY -> {
                    sleep(delayMillis);
                    answer(exchange, body);
                }
                case HANG -> sleep(HANG_MILLIS);
                case HOLD -> {
                    await(held);
                    answer(exchange, body);
                }
                case HTTP_500 -> send(
                        exchange, 500, "text/html", "<html><body><h1>500 Internal Server Error</h1></body></html>");
                case MALFORMED_JSON -> send(
                        exchange, 200, "application/json", "{\"RequestId\":\"x\",\"Result\":{\"a\":tr");
                case RAW_BODY -> send(exchange, 200, "application/json", rawBody);
                case INTERNAL_ERROR, THROTTLED, BUSY -> answerFault(exchange, now);
            }
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(HANG_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
