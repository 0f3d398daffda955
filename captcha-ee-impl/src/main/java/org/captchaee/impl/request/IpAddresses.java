package org.captchaee.impl.request;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses IP address literals without ever asking DNS: a host name is not an address. */
public final class IpAddresses {

    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpAddresses() {}

    /**
     * Parses an IPv4 or IPv6 literal (IPv6 without brackets or zone).
     *
     * @param text the candidate
     * @return the address, or empty if the text is not an IP literal
     */
    public static Optional<InetAddress> parse(String text) {
        if (text.indexOf(':') < 0) {
            return ipv4(text);
        }
        if (!IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            // a literal: InetAddress parses it without a DNS lookup
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * A dotted-quad IPv4 literal: four decimal numbers from 0 to 255 without leading zeros (read on every call, so
     * parsed by hand rather than by a regular expression).
     */
    private static Optional<InetAddress> ipv4(String text) {
        byte[] octets = new byte[4];
        int octet = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != '.') {
                continue;
            }
            int value = octetValue(text, start, i);
            if (octet == octets.length || value < 0) {
                return Optional.empty();
            }
            octets[octet++] = (byte) value;
            start = i + 1;
        }
        if (octet != octets.length) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(octets));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }

    /** The value of one decimal octet of a dotted quad, or -1 if the text between the dots is not one. */
    private static int octetValue(String text, int start, int end) {
        int length = end - start;
        if (length < 1 || length > 3 || (length > 1 && text.charAt(start) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 255 ? value : -1;
    }
}
