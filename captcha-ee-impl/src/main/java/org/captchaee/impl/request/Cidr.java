package org.captchaee.impl.request;

import java.net.InetAddress;
import java.util.Optional;

/**
 * An IP address block such as {@code 10.0.0.0/8} or {@code 2001:db8::/32}; a plain address is a block of one.
 *
 * @param network the block's address
 * @param prefixLength the number of leading bits that must match
 */
public record Cidr(InetAddress network, int prefixLength) {

    /**
     * Parses a block.
     *
     * @param text {@code address} or {@code address/prefix}
     * @return the block, or empty if the text is not one
     */
    public static Optional<Cidr> parse(String text) {
        int slash = text.indexOf('/');
        Optional<InetAddress> address = IpAddresses.parse(slash < 0 ? text : text.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int maxLength = address.get().getAddress().length * 8;
        if (slash < 0) {
            return Optional.of(new Cidr(address.get(), maxLength));
        }
        String prefix = text.substring(slash + 1);
        if (!prefix.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int length = Integer.parseInt(prefix);
        return length <= maxLength ? Optional.of(new Cidr(address.get(), length)) : Optional.empty();
    }

    /**
     * Whether an address lies in this block. IPv4 and IPv6 addresses never match each other's blocks.
     *
     * @param address the address
     * @return {@code true} if its first {@link #prefixLength()} bits equal the block's
     */
    public boolean contains(InetAddress address) {
        byte[] mine = network.getAddress();
        byte[] theirs = address.getAddress();
        if (mine.length != theirs.length) {
            return false;
        }
        int wholeBytes = prefixLength / 8;
        for (int i = 0; i < wholeBytes; i++) {
            if (mine[i] != theirs[i]) {
                return false;
            }
        }
        int restBits = prefixLength % 8;
        if (restBits == 0) {
            return true;
        }
        int mask = 0xFF << (8 - restBits);
        return (mine[wholeBytes] & mask) == (theirs[wholeBytes] & mask);
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }
}
