package org.captchaee.impl.request;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses IP address literals without ever asking DNS: a host name is not an address. */
public final class IpAddresses {

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpAddresses() {}

    /**
     * Parses an IPv4 or IPv6 literal (IPv6 without brackets or zone).
     *
     * @param text the candidate
     * @return the address, or empty if the text is not an IP literal
     */
    public static Optional<InetAddress> parse(String text) {
        boolean literal = IPV4.matcher(text).matches()
                || (text.indexOf(':') >= 0 && IPV6.matcher(text).matches());
        if (!literal) {
            return Optional.empty();
        }
        try {
            // a literal: InetAddress parses it without a DNS lookup
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
