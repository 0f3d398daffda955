package org.captchaee.impl.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "192.0.2.1", "255.255.255.255", "10.0.0.10", "100.64.9.199"})
    void ipv4Literals_parse_toTheSameAddress(String literal) {
        assertEquals(literal, IpAddresses.parse(literal).orElseThrow().getHostAddress());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "256.1.1.1",
                "1.2.3.256",
                "01.2.3.4",
                "1.2.3.00",
                "1.2.3",
                "1.2.3.4.5",
                "1..2.3",
                "a.b.c.d",
                "1.2.3.4 ",
                " 1.2.3.4",
                "+1.2.3.4",
                "1.2.3.-4",
                "1.2.3.4.",
                ".1.2.3.4",
                "1.2.3.1000",
                "example.com",
                "١.٢.٣.٤"
            })
    void whatIsNotAnIpv4Literal_isNoAddress(String text) {
        assertTrue(IpAddresses.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::1", "::1", "::ffff:192.0.2.1"})
    void ipv6Literals_parse(String literal) {
        assertTrue(IpAddresses.parse(literal).isPresent(), literal);
    }
}
