package org.captchaee.impl.request;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the client's IP address. By default it is the connection's peer. When the peer is a trusted proxy, the chain
 * that proxies report (RFC 7239 {@code Forwarded}, else {@code X-Forwarded-For}) is walked from the right, and the first
 * address that is not a trusted proxy is the client: everything left of it may have been written by the client itself.
 * A client can therefore never choose its own IP by sending a header.
 */
public final class ClientIpResolver {

    private final List<Cidr> trustedProxies;

    /**
     * Creates a resolver.
     *
     * @param trustedProxies the proxies whose forwarding headers are believed; empty to believe none
     */
    public ClientIpResolver(List<Cidr> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /**
     * Resolves the client IP of one request.
     *
     * @param peer the connection's peer address
     * @param forwarded every {@code Forwarded} header value, in order
     * @param xForwardedFor every {@code X-Forwarded-For} header value, in order
     * @return the client's address in textual form
     */
    public String resolve(String peer, List<String> forwarded, List<String> xForwardedFor) {
        Optional<InetAddress> peerAddress = IpAddresses.parse(peer);
        if (peerAddress.isEmpty() || !isTrusted(peerAddress.get())) {
            return peerAddress.map(InetAddress::getHostAddress).orElse(peer);
        }
        List<String> chain = forwarded.isEmpty() ? splitXForwardedFor(xForwardedFor) : forwardedFor(forwarded);
        InetAddress client = peerAddress.get();
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
        return client.getHostAddress();
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
