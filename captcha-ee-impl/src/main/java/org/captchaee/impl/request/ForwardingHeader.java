package org.captchaee.impl.request;

import java.util.Locale;
import java.util.Optional;

/**
 * The one forwarding header that the trusted proxies write and that the client IP is read from. Proxies append to the
 * header they write and pass any other through untouched, so the other header is whatever the client sent: it is
 * never read.
 */
public enum ForwardingHeader {

    /** {@code X-Forwarded-For}, what nginx, HAProxy, AWS ALB and most ingress controllers write. */
    X_FORWARDED_FOR("X-Forwarded-For"),

    /** RFC 7239 {@code Forwarded}, written by some proxies (Envoy, Traefik and others on request). */
    FORWARDED("Forwarded");

    private final String headerName;

    ForwardingHeader(String headerName) {
        this.headerName = headerName;
    }

    /**
     * The header's name, as written in configuration.
     *
     * @return for example {@code X-Forwarded-For}
     */
    public String headerName() {
        return headerName;
    }

    /**
     * Reads a header name as written in configuration, ignoring case.
     *
     * @param value for example {@code x-forwarded-for}
     * @return the header, if the value names one
     */
    public static Optional<ForwardingHeader> parse(String value) {
        String name = value.trim().toLowerCase(Locale.ROOT);
        for (ForwardingHeader header : values()) {
            if (header.headerName.toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(header);
            }
        }
        return Optional.empty();
    }
}
