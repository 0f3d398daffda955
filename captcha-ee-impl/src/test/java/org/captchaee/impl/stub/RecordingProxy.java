package org.captchaee.impl.stub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;

/**
 * A small HTTP proxy on a free port of 127.0.0.1, for tests: it opens {@code CONNECT} tunnels (for https targets) and
 * forwards absolute-form requests ({@code POST http://host:port/path}, one per connection), to loopback addresses only
 * (any other target is recorded, then the connection is closed).
 * It records what went through it, and can require {@code Proxy-Authorization: Basic}, answering 407 otherwise.
 *
 * <pre>
 * try (RecordingProxy proxy = RecordingProxy.start()) {
 *     // point captcha.http.proxy at proxy.url()
 *     proxy.passages(); // [POST 127.0.0.1:41234]
 * }
 * </pre>
 */
public final class RecordingProxy implements AutoCloseable {

    private static final int MAX_HEAD_BYTES = 16 * 1024;
    private static final int MAX_THREADS = 32;
    private static final int READ_TIMEOUT_MILLIS = 30_000;
    private static final Pattern LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}|\\[::1]|localhost");

    /**
     * One request the proxy received.
     *
     * @param method {@code CONNECT}, {@code POST}, ...
     * @param target the target's {@code host:port}
     * @param credentials the {@code Proxy-Authorization} header it carried, if any
     */
    public record Passage(String method, String target, Optional<String> credentials) {
        @Override
        public String toString() {
            return method + " " + target + (credentials.isPresent() ? " (with credentials)" : "");
        }
    }

    private final ServerSocket server;
    private final ExecutorService threads;
    private volatile Optional<String> expectedCredentials;
    private final List<Passage> passages = new CopyOnWriteArrayList<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private RecordingProxy(Optional<String> expectedCredentials) throws IOException {
        this.expectedCredentials = expectedCredentials;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.threads = Executors.newFixedThreadPool(MAX_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "recording-proxy");
            thread.setDaemon(true);
            return thread;
        });
        threads.execute(this::accept);
    }

    /**
     * Starts a proxy that requires no credentials.
     *
     * @return the running proxy
     */
    public static RecordingProxy start() {
        return start(Optional.empty());
    }

    /**
     * Starts a proxy that answers 407 to any request without these Basic credentials.
     *
     * @param user the user
     * @param password the password
     * @return the running proxy
     */
    public static RecordingProxy requiring(String user, String password) {
        return start(Optional.of(basic(user, password)));
    }

    /**
     * From now on, answers 407 to any request without these Basic credentials.
     *
     * @param user the user
     * @param password the password
     */
    public void require(String user, String password) {
        expectedCredentials = Optional.of(basic(user, password));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static RecordingProxy start(Optional<String> expectedCredentials) {
        try {
            return new RecordingProxy(expectedCredentials);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the proxy", e);
        }
    }

    /**
     * The port it listens on.
     *
     * @return the port on 127.0.0.1
     */
    public int port() {
        return server.getLocalPort();
    }

    /**
     * The value of a proxy key for this proxy.
     *
     * @param userInfo {@code user:password} as it goes in a URL (percent-encoded), or empty
     * @return {@code http://[userInfo@]127.0.0.1:<port>}
     */
    public String url(String userInfo) {
        return "http://" + (userInfo.isEmpty() ? "" : userInfo + "@") + "127.0.0.1:" + port();
    }

    /**
     * What went through the proxy so far, oldest first, refused requests included.
     *
     * @return the requests
     */
    public List<Passage> passages() {
        return List.copyOf(passages);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        open.forEach(RecordingProxy::quietlyClose);
        threads.shutdownNow();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                track(client);
                threads.execute(() -> serve(client));
            } catch (IOException | RejectedExecutionException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(READ_TIMEOUT_MILLIS);
            InputStream in = client.getInputStream();
            List<String> head = readHead(in);
            String[] requestLine = head.get(0).split(" ");
            String method = requestLine[0];
            Optional<String> credentials = header(head, "proxy-authorization");
            boolean connect = "CONNECT".equals(method);
            String target = connect ? requestLine[1] : authority(URI.create(requestLine[1]));
            passages.add(new Passage(method, target, credentials));
            OutputStream out = client.getOutputStream();
            Optional<String> expected = expectedCredentials;
            if (expected.isPresent() && !expected.equals(credentials)) {
                write(
                        out,
                        "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                                + "Content-Length: 0\r\nConnection: close\r\n\r\n");
                return;
            }
            try (Socket upstream = connect(target)) {
                if (connect) {
                    write(out, "HTTP/1.1 200 Connection Established\r\n\r\n");
                    threads.execute(() -> pipe(in, upstream));
                } else {
                    forward(head, requestLine, in, upstream);
                }
                relayResponse(upstream.getInputStream(), out, connect);
            }
        } catch (IOException | RuntimeException e) {
            // the test sees the failure on its client's side
        } finally {
            open.remove(client);
        }
    }

    /** Sends the request in origin form, without proxy headers, asking the target to close after its answer. */
    private static void forward(List<String> head, String[] requestLine, InputStream in, Socket upstream)
            throws IOException {
        URI uri = URI.create(requestLine[1]);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        StringBuilder request = new StringBuilder(requestLine[0] + " " + path + " " + requestLine[2] + "\r\n");
        for (String line : head.subList(1, head.size())) {
            String name = line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT);
            if (!name.startsWith("proxy-") && !name.equals("connection")) {
                request.append(line).append("\r\n");
            }
        }
        request.append("Connection: close\r\n\r\n");
        OutputStream out = upstream.getOutputStream();
        write(out, request.toString());
        long length = header(head, "content-length").map(Long::parseLong).orElse(0L);
        out.write(in.readNBytes((int) length));
        out.flush();
    }

    /** Relays the target's answer; a forwarded answer is marked {@code Connection: close}, as the proxy closes. */
    private static void relayResponse(InputStream upstream, OutputStream out, boolean tunnel) throws IOException {
        if (!tunnel) {
            List<String> head = readHead(upstream);
            StringBuilder response = new StringBuilder();
            for (String line : head) {
                if (!line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
                    response.append(line).append("\r\n");
                }
            }
            write(out, response.append("Connection: close\r\n\r\n").toString());
        }
        upstream.transferTo(out);
        out.flush();
    }

    private Socket connect(String target) throws IOException {
        int colon = target.lastIndexOf(':');
        String name = target.substring(0, colon);
        // only loopback literals: a name is never looked up, so a test may send any name and see it recorded
        if (!LOOPBACK.matcher(name).matches()) {
            throw new IOException("this proxy reaches loopback addresses only");
        }
        InetAddress host = InetAddress.getByName(name);
        Socket upstream = new Socket();
        upstream.connect(new InetSocketAddress(host, Integer.parseInt(target.substring(colon + 1))), 5_000);
        upstream.setSoTimeout(READ_TIMEOUT_MILLIS);
        return track(upstream);
    }

    private void pipe(InputStream from, Socket to) {
        try {
            from.transferTo(to.getOutputStream());
        } catch (IOException e) {
            // one side closed: the other direction ends too
        } finally {
            quietlyClose(to);
        }
    }

    private Socket track(Socket socket) {
        open.add(socket);
        return socket;
    }

    private static List<String> readHead(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0 || bytes.size() >= MAX_HEAD_BYTES) {
                throw new IOException("no complete head");
            }
            bytes.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        List<String> lines = new ArrayList<>(
                List.of(bytes.toString(StandardCharsets.ISO_8859_1).split("\r\n")));
        lines.removeIf(String::isEmpty);
        return lines;
    }

    private static Optional<String> header(List<String> head, String name) {
        return head.stream()
                .skip(1)
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                .map(line -> line.substring(name.length() + 1).trim())
                .findFirst();
    }

    private static String authority(URI uri) {
        return uri.getHost() + ":" + (uri.getPort() == -1 ? 80 : uri.getPort());
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void quietlyClose(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
