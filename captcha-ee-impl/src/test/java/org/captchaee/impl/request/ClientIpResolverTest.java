package org.captchaee.impl.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientIpResolverTest {

    private final ClientIpResolver untrusting = new ClientIpResolver(List.of());
    private final ClientIpResolver behindProxies = new ClientIpResolver(List.of(
            Cidr.parse("10.0.0.0/8").orElseThrow(),
            Cidr.parse("2001:db8:1::/48").orElseThrow()));

    @Test
    void withoutTrustedProxies_thePeerIsTheClient_whateverTheHeadersSay() {
        assertEquals("10.0.0.5", untrusting.resolve("10.0.0.5", List.of("for=203.0.113.7"), List.of("203.0.113.7")));
    }

    @Test
    void untrustedPeer_isTheClient_evenWhenProxiesAreConfigured() {
        assertEquals("198.51.100.1", behindProxies.resolve("198.51.100.1", List.of(), List.of("203.0.113.7")));
    }

    @Test
    void trustedPeer_handsOverToTheRightmostUntrustedHop() {
        assertEquals(
                "203.0.113.7",
                behindProxies.resolve("10.0.0.5", List.of(), List.of("192.0.2.99, 203.0.113.7", "10.0.0.9")));
    }

    @Test
    void chainOfOnlyTrustedHops_givesTheLeftmost() {
        assertEquals("10.0.0.1", behindProxies.resolve("10.0.0.5", List.of(), List.of("10.0.0.1, 10.0.0.2")));
    }

    @Test
    void noForwardingHeaders_fromATrustedPeer_givesThePeer() {
        assertEquals("10.0.0.5", behindProxies.resolve("10.0.0.5", List.of(), List.of()));
    }

    @Test
    void forwarded_isPreferred_andItsNodeSyntaxIsUnderstood() {
        List<String> forwarded = List.of("for=192.0.2.43, for=\"[2001:db8:cafe::17]:4711\";proto=https");
        assertEquals("2001:db8:cafe:0:0:0:0:17", behindProxies.resolve("10.0.0.5", forwarded, List.of("198.51.100.1")));
        assertEquals(
                "192.0.2.43",
                behindProxies.resolve(
                        "10.0.0.5", List.of("For=\"192.0.2.43:8080\"", "for=\"[2001:db8:1::2]\""), List.of()));
    }

    @Test
    void obfuscatedOrGarbledHop_stopsAtTheLastKnownProxy() {
        assertEquals("10.0.0.9", behindProxies.resolve("10.0.0.5", List.of("for=_hidden, for=10.0.0.9"), List.of()));
        assertEquals("10.0.0.5", behindProxies.resolve("10.0.0.5", List.of(), List.of("attacker.example")));
        assertEquals("10.0.0.5", behindProxies.resolve("10.0.0.5", List.of("proto=http"), List.of()));
    }

    @Test
    void hostNamesAreNeverResolved() {
        assertEquals("10.0.0.5", behindProxies.resolve("10.0.0.5", List.of(), List.of("localhost")));
    }
}
