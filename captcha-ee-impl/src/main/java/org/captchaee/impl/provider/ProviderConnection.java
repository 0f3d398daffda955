package org.captchaee.impl.provider;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;

/**
 * How a signed provider API is reached: the HTTP side of its {@link ProviderLink}, the root of its endpoint with the
 * {@code Host} a signature covers, and the clock that dates each signature. A provider's API class adds its signer and
 * its protocol.
 */
public final class ProviderConnection {

    private final ProviderHttp http;
    private final URI root;
    private final String host;
    private final Clock clock;

    /**
     * Creates the connection.
     *
     * @param provider the provider's name, for messages ({@code Tencent}, {@code Alibaba Cloud})
     * @param link the configured endpoint, time budget and proxy
     * @param clock the clock that dates signatures
     */
    public ProviderConnection(String provider, ProviderLink link, Clock clock) {
        this.http = new ProviderHttp(provider, link.timeout(), link.proxy());
        this.root = link.endpoint().resolve("/");
        this.host = root.getPort() == -1 ? root.getHost() : root.getHost() + ":" + root.getPort();
        this.clock = clock;
    }

    /**
     * A request to the root of the endpoint, with the call's timeout and the proxy's credentials already set.
     *
     * @return the request builder
     */
    public HttpRequest.Builder request() {
        return http.request(root);
    }

    /**
     * The {@code Host} a signature covers.
     *
     * @return the host, with the port when the endpoint names one
     */
    public String host() {
        return host;
    }

    /**
     * The time a signature is made.
     *
     * @return the clock's instant
     */
    public Instant now() {
        return clock.instant();
    }

    /**
     * The HTTP side, which sends requests and translates transport failures and answers off the protocol into outages.
     *
     * @return the HTTP side
     */
    public ProviderHttp http() {
        return http;
    }
}
