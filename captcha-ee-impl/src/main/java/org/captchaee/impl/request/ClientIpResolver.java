package org.captchaee.impl.request;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the client's IP address. By default it is the connection's peer. When the peer is a trusted proxy, the chain in
 * the one forwarding header that the proxies write ({@code X-Forwarded-For} by default, or RFC 7239 {@code Forwarded})
 * is walked from the right, and the first address that is not a trusted proxy is the client: everything left of it may
 * have been written by the client itself. The other header is never read: a proxy passes it through untouched, so it
 * holds whatever the client wrote. A client can therefore never choose its own IP by sending a header.
 */
public final class ClientIpResolver {

    private final List<Cidr> trustedProxies;
    private final ForwardingHeader header;
    private final int ipv6Prefix;

    /**
     * Creates a resolver.
     *
     * @param trustedProxies the proxies whose forwarding header is believed; empty to believe none
     * @param header the forwarding header those proxies write, the only one read
     * @param ipv6Prefix the prefix, 0 to 128, that IPv6 clients are masked to in {@link ClientAddress#stateKey()}
     * @throws IllegalArgumentException if the prefix is out of range
     */
    public ClientIpResolver(List<Cidr> trustedProxies, ForwardingHeader header, int ipv6Prefix) {
        if (ipv6Prefix < 0 || ipv6Prefix > StateKeys.FULL_IPV6) {
            throw new IllegalArgumentException("an IPv6 prefix is 0 to 128, not " + ipv6Prefix);
        }
        this.trustedProxies = List.copyOf(trustedProxies);
        this.header = header;
        this.ipv6Prefix = ipv6Prefix;
    }

    /**
     * Resolves the client of one request: its address, and the key of its per-IP state.
     *
     * @param peer the connection's peer address
     * @param forwarded every {@code Forwarded} header value, in order; read only if that is the configured header
     * @param xForwardedFor every {@code X-Forwarded-For} header value, in order; read only if that is the configured
     *     header
     * @return the client
     */
    public ClientAddress resolve(String peer, List<String> forwarded, List<String> xForwardedFor) {
        Optional<InetAddress> peerAddress = IpAddresses.parse(peer);
        if (peerAddress.isEmpty()) {
            return new ClientAddress(peer, peer);
        }
        InetAddress client = isTrusted(peerAddress.get())
                ? walk(peerAddress.get(), chain(forwarded, xForwardedFor))
                : peerAddress.get();
        return new ClientAddress(client.getHostAddress(), StateKeys.of(client, ipv6Prefix));
    }

    /** The hops of the configured header; the other header is the client's own words and is never read. */
    private List<String> chain(List<String> forwarded, List<String> xForwardedFor) {
        return header == ForwardingHeader.FORWARDED ? forwardedFor(forwarded) : splitXForwardedFor(xForwardedFor);
    }

    /** Walks a chain of hops from the right, starting after the trusted peer. */
    private InetAddress walk(InetAddress peer, List<String> chain) {
        InetAddress client = peer;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpAddresses.parse(chain.get(i));
            if (hop.isEmpty()) {
                // an obfuscated or garbled hop: nothing left of it can be attributed, stop at the last proxy we know
                break;
            }
            client = hop.get();
            if (!isTrusted(client)) {
                break;
            }
        }
        return client;
    }

    private boolean isTrusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(cidr -> cidr.contains(address));
    }

    private static List<String> splitXForwardedFor(List<String> values) {
        List<String> hops = new ArrayList<>();
        for (String value : values) {
            for (String hop : value.split(",")) {
                hops.add(stripPort(hop.trim()));
            }
        }
        return hops;
    }

    private static List<String> forwardedFor(List<String> values) {
        List<String> hops = new ArrayList<>();
        for (String value : values) {
            for (String element : value.split(",")) {
                hops.add(forNode(element));
            }
        }
        return hops;
    }

    /** The {@code for} node of one forwarded element, or an empty string (an unknown hop) when it has none. */
    private static String forNode(String element) {
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0
                    && pair.substring(0, equals).trim().toLowerCase(Locale.ROOT).equals("for")) {
                return stripPort(unquote(pair.substring(equals + 1).trim()));
            }
        }
        return "";
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    /** {@code [2001:db8::1]:4711} to {@code 2001:db8::1}, {@code 192.0.2.1:80} to {@code 192.0.2.1}. */
    private static String stripPort(String node) {
        if (node.startsWith("[")) {
            int close = node.indexOf(']');
            return close > 0 ? node.substring(1, close) : "";
        }
        int colon = node.indexOf(':');
        return colon > 0 && colon == node.lastIndexOf(':') ? node.substring(0, colon) : node;
    }
}
