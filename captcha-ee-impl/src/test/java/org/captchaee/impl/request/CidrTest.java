package org.captchaee.impl.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CidrTest {

    @Test
    void ipv4Block_containsItsAddressesOnly() {
        Cidr block = Cidr.parse("10.0.0.0/8").orElseThrow();
        assertTrue(block.contains(ip("10.255.1.2")));
        assertFalse(block.contains(ip("11.0.0.1")));
    }

    @Test
    void prefixThatIsNotAByteBoundary_isHonoured() {
        Cidr block = Cidr.parse("192.168.4.0/22").orElseThrow();
        assertTrue(block.contains(ip("192.168.7.255")));
        assertFalse(block.contains(ip("192.168.8.0")));
    }

    @Test
    void plainAddress_isABlockOfOne() {
        Cidr block = Cidr.parse("203.0.113.7").orElseThrow();
        assertEquals(32, block.prefixLength());
        assertTrue(block.contains(ip("203.0.113.7")));
        assertFalse(block.contains(ip("203.0.113.8")));
    }

    @Test
    void ipv6Block_andFamiliesNeverMix() {
        Cidr block = Cidr.parse("2001:db8::/32").orElseThrow();
        assertTrue(block.contains(ip("2001:db8:ffff::1")));
        assertFalse(block.contains(ip("2001:db9::1")));
        assertFalse(Cidr.parse("0.0.0.0/0").orElseThrow().contains(ip("::1")));
        assertTrue(Cidr.parse("0.0.0.0/0").orElseThrow().contains(ip("198.51.100.1")));
    }

    @Test
    void garbage_isRefused_withoutAskingDns() {
        assertEquals(Optional.empty(), Cidr.parse("proxy.internal"));
        assertEquals(Optional.empty(), Cidr.parse("localhost"));
        assertEquals(Optional.empty(), Cidr.parse("10.0.0.0/33"));
        assertEquals(Optional.empty(), Cidr.parse("10.0.0.0/"));
        assertEquals(Optional.empty(), Cidr.parse("10.0.0.0/-1"));
        assertEquals(Optional.empty(), Cidr.parse("256.0.0.1"));
        assertEquals(Optional.empty(), Cidr.parse("::1/129"));
    }

    private static InetAddress ip(String literal) {
        return IpAddresses.parse(literal).orElseThrow();
    }
}
