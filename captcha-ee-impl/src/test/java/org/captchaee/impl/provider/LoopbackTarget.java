package org.captchaee.impl.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A provider stand-in on 127.0.0.1 that answers every request {@code 200 ok}, over http or over https with a
 * self-signed certificate made for the tests ({@code tls/loopback.p12}, valid for the IP address 127.0.0.1).
 */
final class LoopbackTarget implements AutoCloseable {

    private static final char[] STORE_PASSWORD = "loopback-test".toCharArray();

    private final HttpServer server;
    private final String scheme;
    private final AtomicInteger calls = new AtomicInteger();

    private LoopbackTarget(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        server.createContext("/", this::answer);
        server.start();
    }

    static LoopbackTarget http() throws IOException {
        return new LoopbackTarget(HttpServer.create(loopback(), 10), "http");
    }

    static LoopbackTarget https() throws IOException, GeneralSecurityException {
        HttpsServer server = HttpsServer.create(loopback(), 10);
        server.setHttpsConfigurator(new HttpsConfigurator(tls()));
        return new LoopbackTarget(server, "https");
    }

    /** A TLS context that holds the test certificate and trusts only it, for the server and for clients. */
    static SSLContext tls() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = LoopbackTarget.class.getResourceAsStream("/tls/loopback.p12")) {
            store.load(in, STORE_PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, STORE_PASSWORD);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    URI uri() {
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/verify");
    }

    int calls() {
        return calls.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }
}
