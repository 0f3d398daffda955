package org.captchaee.impl.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientIpResolverTest {

    private static final List<Cidr> PROXIES = List.of(
            Cidr.parse("10.0.0.0/8").orElseThrow(),
            Cidr.parse("2001:db8:1::/48").orElseThrow());

    private final ClientIpResolver untrusting = new ClientIpResolver(List.of(), ForwardingHeader.X_FORWARDED_FOR, 64);
    private final ClientIpResolver behindProxies = resolver(ForwardingHeader.X_FORWARDED_FOR, 64);
    private final ClientIpResolver behindForwardedProxies = resolver(ForwardingHeader.FORWARDED, 64);

    @Test
    void withoutTrustedProxies_thePeerIsTheClient_whateverTheHeadersSay() {
        assertEquals(
                "10.0.0.5",
                untrusting
                        .resolve("10.0.0.5", List.of("for=203.0.113.7"), List.of("203.0.113.7"))
                        .ip());
    }

    @Test
    void untrustedPeer_isTheClient_evenWhenProxiesAreConfigured() {
        assertEquals(
                "198.51.100.1",
                behindProxies
                        .resolve("198.51.100.1", List.of(), List.of("203.0.113.7"))
                        .ip());
    }

    @Test
    void trustedPeer_handsOverToTheRightmostUntrustedHop() {
        assertEquals(
                "203.0.113.7",
                behindProxies
                        .resolve("10.0.0.5", List.of(), List.of("192.0.2.99, 203.0.113.7", "10.0.0.9"))
                        .ip());
    }

    @Test
    void chainOfOnlyTrustedHops_givesTheLeftmost() {
        assertEquals(
                "10.0.0.1",
                behindProxies
                        .resolve("10.0.0.5", List.of(), List.of("10.0.0.1, 10.0.0.2"))
                        .ip());
    }

    @Test
    void noForwardingHeaders_fromATrustedPeer_givesThePeer() {
        assertEquals(
                "10.0.0.5",
                behindProxies.resolve("10.0.0.5", List.of(), List.of()).ip());
    }

    @Test
    void clientForwarded_behindAProxyThatWritesXForwardedFor_isIgnored() {
        assertEquals(
                "203.0.113.7",
                behindProxies
                        .resolve("10.0.0.5", List.of("for=198.51.100.99"), List.of("203.0.113.7"))
                        .ip());
        assertEquals(
                "10.0.0.5",
                behindProxies
                        .resolve("10.0.0.5", List.of("for=198.51.100.99"), List.of())
                        .ip());
    }

    @Test
    void clientXForwardedFor_behindAProxyThatWritesForwarded_isIgnored() {
        assertEquals(
                "203.0.113.7",
                behindForwardedProxies
                        .resolve("10.0.0.5", List.of("for=203.0.113.7"), List.of("198.51.100.99"))
                        .ip());
        assertEquals(
                "10.0.0.5",
                behindForwardedProxies
                        .resolve("10.0.0.5", List.of(), List.of("198.51.100.99"))
                        .ip());
    }

    @Test
    void forwarded_whenNamed_hasItsNodeSyntaxUnderstood() {
        List<String> forwarded = List.of("for=192.0.2.43, for=\"[2001:db8:cafe::17]:4711\";proto=https");
        assertEquals(
                "2001:db8:cafe:0:0:0:0:17",
                behindForwardedProxies.resolve("10.0.0.5", forwarded, List.of()).ip());
        assertEquals(
                "192.0.2.43",
                behindForwardedProxies
                        .resolve("10.0.0.5", List.of("For=\"192.0.2.43:8080\"", "for=\"[2001:db8:1::2]\""), List.of())
                        .ip());
    }

    @Test
    void obfuscatedOrGarbledHop_stopsAtTheLastKnownProxy() {
        assertEquals(
                "10.0.0.9",
                behindForwardedProxies
                        .resolve("10.0.0.5", List.of("for=_hidden, for=10.0.0.9"), List.of())
                        .ip());
        assertEquals(
                "10.0.0.5",
                behindForwardedProxies
                        .resolve("10.0.0.5", List.of("proto=http"), List.of())
                        .ip());
        assertEquals(
                "10.0.0.5",
                behindProxies
                        .resolve("10.0.0.5", List.of(), List.of("attacker.example"))
                        .ip());
    }

    @Test
    void hostNamesAreNeverResolved() {
        assertEquals(
                "10.0.0.5",
                behindProxies
                        .resolve("10.0.0.5", List.of(), List.of("localhost"))
                        .ip());
    }

    @Test
    void ipv4Client_isKeyedByItsAddress() {
        assertEquals(
                new ClientAddress("203.0.113.7", "203.0.113.7"),
                behindProxies.resolve("10.0.0.5", List.of(), List.of("203.0.113.7")));
    }

    @Test
    void ipv4MappedClient_isKeyedByItsIpv4Form() {
        assertEquals(
                new ClientAddress("203.0.113.7", "203.0.113.7"),
                behindProxies.resolve("10.0.0.5", List.of(), List.of("::ffff:203.0.113.7")));
        assertEquals(
                new ClientAddress("198.51.100.1", "198.51.100.1"),
                untrusting.resolve("::ffff:198.51.100.1", List.of(), List.of()));
    }

    @Test
    void ipv6Client_isKeyedByItsSlash64_byDefault() {
        ClientAddress one = behindProxies.resolve("10.0.0.5", List.of(), List.of("2001:db8:5:6:a:b:c:d"));
        ClientAddress other = untrusting.resolve("2001:db8:5:6::ffff", List.of(), List.of());
        assertEquals(new ClientAddress("2001:db8:5:6:a:b:c:d", "2001:db8:5:6::/64"), one);
        assertEquals(new ClientAddress("2001:db8:5:6:0:0:0:ffff", "2001:db8:5:6::/64"), other);
        assertEquals(
                "2001:db8:5:7::/64",
                behindProxies
                        .resolve("10.0.0.5", List.of(), List.of("2001:db8:5:7::1"))
                        .stateKey());
    }

    @Test
    void ipv6Prefix_isConfigurable() {
        String client = "2001:db8:5:6:a:b:c:d";
        assertEquals("2001:db8:5::/48", stateKey(resolver(ForwardingHeader.X_FORWARDED_FOR, 48), client));
        assertEquals("2001:db8::/32", stateKey(resolver(ForwardingHeader.X_FORWARDED_FOR, 32), client));
        assertEquals(
                "2001:db8:5:6:ab00::/72",
                stateKey(resolver(ForwardingHeader.X_FORWARDED_FOR, 72), "2001:db8:5:6:ab12:b:c:d"));
        assertEquals(
                new ClientAddress("2001:db8:5:6:a:b:c:d", "2001:db8:5:6:a:b:c:d"),
                resolver(ForwardingHeader.X_FORWARDED_FOR, 128).resolve("10.0.0.5", List.of(), List.of(client)));
    }

    @Test
    void ipv6StateKey_isWrittenInItsCanonicalShortForm() {
        // the longest run of zero groups becomes "::", a lone zero group stays
        assertEquals(
                "2001::1:2:3:4:0/112", stateKey(resolver(ForwardingHeader.X_FORWARDED_FOR, 112), "2001:0:0:1:2:3:4:5"));
        assertEquals(
                "2001:db8:0:0:1::/96", stateKey(resolver(ForwardingHeader.X_FORWARDED_FOR, 96), "2001:db8::1:0:0:1"));
        assertEquals("::/32", stateKey(resolver(ForwardingHeader.X_FORWARDED_FOR, 32), "::1"));
    }

    @Test
    void unparseablePeer_isTheClient_andItsOwnKey() {
        assertEquals(new ClientAddress("unknown", "unknown"), behindProxies.resolve("unknown", List.of(), List.of()));
    }

    @Test
    void ipv6PrefixOutOfRange_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> resolver(ForwardingHeader.FORWARDED, 129));
        assertThrows(IllegalArgumentException.class, () -> resolver(ForwardingHeader.FORWARDED, -1));
    }

    private static ClientIpResolver resolver(ForwardingHeader header, int ipv6Prefix) {
        return new ClientIpResolver(PROXIES, header, ipv6Prefix);
    }

    private static String stateKey(ClientIpResolver resolver, String forwardedClient) {
        return resolver.resolve("10.0.0.5", List.of(), List.of(forwardedClient)).stateKey();
    }
}
