package org.captchaee.impl.request;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Derives the key of a client's per-IP state from its address: IPv4 per address, IPv6 per network of a configured
 * prefix, written in the RFC 5952 form ({@code 2001:db8:1:2::/64}).
 */
final class StateKeys {

    /** The longest IPv6 prefix: the address itself. */
    static final int FULL_IPV6 = 128;

    private static final int GROUPS = 8;

    private StateKeys() {}

    /**
     * The state key of an address. IPv4-mapped IPv6 addresses arrive here as IPv4 already ({@link InetAddress} parses
     * them so).
     *
     * @param address the client's address
     * @param ipv6Prefix the prefix IPv6 addresses are masked to, 0 to 128
     * @return the key
     */
    static String of(InetAddress address, int ipv6Prefix) {
        if (!(address instanceof Inet6Address) || ipv6Prefix == FULL_IPV6) {
            return address.getHostAddress();
        }
        return compressed(masked(address.getAddress(), ipv6Prefix)) + "/" + ipv6Prefix;
    }

    private static byte[] masked(byte[] address, int prefix) {
        byte[] network = address.clone();
        for (int i = 0; i < network.length; i++) {
            int keptBits = Math.max(0, Math.min(8, prefix - i * 8));
            network[i] &= (byte) (0xFF << (8 - keptBits));
        }
        return network;
    }

    /** RFC 5952: lower-case groups without leading zeros, the first longest run of two or more zero groups as "::". */
    private static String compressed(byte[] address) {
        int[] groups = new int[GROUPS];
        for (int i = 0; i < GROUPS; i++) {
            groups[i] = ((address[2 * i] & 0xFF) << 8) | (address[2 * i + 1] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int start = 0; start < GROUPS; start++) {
            int length = 0;
            while (start + length < GROUPS && groups[start + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = start;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < GROUPS; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
            } else {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                    text.append(':');
                }
                text.append(Integer.toHexString(groups[i]));
            }
        }
        return text.toString();
    }
}
