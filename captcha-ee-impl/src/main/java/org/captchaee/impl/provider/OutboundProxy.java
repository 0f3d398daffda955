package org.captchaee.impl.provider;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.captchaee.impl.config.ConfigKeys;

/**
 * How one provider's HTTP client reaches the provider: through the JVM's own proxy settings (no captcha key set, the
 * JDK's default), directly ({@code none}), or through a configured HTTP proxy, with optional Basic credentials and hosts
 * that bypass it. The credentials are kept only as the ready {@code Proxy-Authorization} value and never printed.
 */
public final class OutboundProxy {

    /** The header that carries the credentials to the proxy. */
    static final String AUTHORIZATION = "Proxy-Authorization";

    private static final OutboundProxy JVM_SETTINGS =
            new OutboundProxy(Mode.JVM, ConfigKeys.HTTP_PROXY, null, null, null);

    private enum Mode {
        JVM,
        DIRECT,
        PROXY
    }

    private final Mode mode;
    private final String key;
    private final InetSocketAddress address;
    private final String authorization;
    private final NonProxyHosts nonProxyHosts;

    private OutboundProxy(
            Mode mode, String key, InetSocketAddress address, String authorization, NonProxyHosts nonProxyHosts) {
        this.mode = mode;
        this.key = key;
        this.address = address;
        this.authorization = authorization;
        this.nonProxyHosts = nonProxyHosts;
    }

    /**
     * No captcha proxy key is set: the JDK's default, which follows the JVM's proxy settings
     * ({@code ProxySelector.getDefault()}: {@code https.proxyHost}, {@code http.nonProxyHosts}, ...).
     *
     * @return the setting
     */
    public static OutboundProxy jvmSettings() {
        return JVM_SETTINGS;
    }

    /**
     * Every call goes directly to the provider, whatever the JVM's proxy settings say.
     *
     * @param key the key that said so
     * @return the setting
     */
    static OutboundProxy direct(String key) {
        return new OutboundProxy(Mode.DIRECT, key, null, null, null);
    }

    /**
     * Calls go through an HTTP proxy.
     *
     * @param key the key that names the proxy, for messages
     * @param host the proxy's host
     * @param port the proxy's port
     * @param user the user name, empty for a proxy without authentication
     * @param password the password, ignored without a user
     * @param nonProxyHosts the hosts reached directly
     * @return the setting
     */
    static OutboundProxy via(
            String key, String host, int port, Optional<String> user, String password, NonProxyHosts nonProxyHosts) {
        String authorization = user.map(name -> "Basic "
                        + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .orElse(null);
        return new OutboundProxy(
                Mode.PROXY, key, InetSocketAddress.createUnresolved(host, port), authorization, nonProxyHosts);
    }

    /**
     * The key an operator checks when the proxy refuses a call.
     *
     * @return for example {@code captcha.tencent.http.proxy}
     */
    public String key() {
        return key;
    }

    /**
     * Whether calls to a URL go through the configured proxy.
     *
     * @param uri the URL
     * @return {@code false} without a configured proxy, or for a host that bypasses it
     */
    public boolean routes(URI uri) {
        return mode == Mode.PROXY && !nonProxyHosts.matches(uri.getHost());
    }

    /**
     * Whether the proxy is given credentials.
     *
     * @return {@code true} if a user and password are configured
     */
    public boolean authenticates() {
        return authorization != null;
    }

    /**
     * Sets the proxy of a client; without a captcha proxy key, leaves the JDK's default.
     *
     * @param client the client's builder
     */
    void configure(HttpClient.Builder client) {
        if (mode == Mode.DIRECT) {
            client.proxy(HttpClient.Builder.NO_PROXY);
        } else if (mode == Mode.PROXY) {
            client.proxy(new Selector());
        }
    }

    /**
     * Adds the credentials to a request that goes through the proxy. The JDK sends them with plain-http requests, and
     * with the {@code CONNECT} of an https request only where the JVM allows Basic for tunnels (see
     * {@link BasicProxyAuthentication}).
     *
     * @param request the request's builder
     * @param uri the request's URL
     */
    void authorize(HttpRequest.Builder request, URI uri) {
        if (authorization != null && routes(uri)) {
            request.header(AUTHORIZATION, authorization);
        }
    }

    @Override
    public String toString() {
        return switch (mode) {
            case JVM -> "the JVM's proxy settings";
            case DIRECT -> "no proxy (" + key + "=none)";
            case PROXY -> "http://" + address.getHostString() + ":" + address.getPort()
                    + (authenticates() ? " with a user and password" : "")
                    + (nonProxyHosts.toString().isEmpty() ? "" : ", except for " + nonProxyHosts);
        };
    }

    /** Chooses the proxy, or none for the hosts that bypass it. */
    private final class Selector extends ProxySelector {

        @Override
        public List<Proxy> select(URI uri) {
            return routes(uri) ? List.of(new Proxy(Proxy.Type.HTTP, address)) : List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress proxy, IOException failure) {
            // one proxy, nothing to fall back to: the call fails as an outage
        }
    }
}
