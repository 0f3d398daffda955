package org.captchaee.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.GuardedResource;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The tests connect from loopback, which this deployment trusts as a proxy, as is 10.0.0.0/8. The proxy writes
 * {@code X-Forwarded-For} (the default of {@code captcha.client-ip.header}): a {@code Forwarded} header is the client's
 * own.
 */
class ClientIpTrustedProxyIT extends DeployedAppIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("trusted-proxy")
                .withClasses(GuardedResource.class)
                .withConfig(ConfigKeys.VERIFIER, "test")
                .withTestMode()
                .withConfig(ConfigKeys.TRUSTED_PROXIES, "127.0.0.0/8, ::1, 10.0.0.0/8")
                .build();
    }

    @Test
    void xForwardedForFromATrustedProxy_givesTheClientIp() {
        assertEquals("203.0.113.7", http.clientIpSeenBy(protectedCall().header("X-Forwarded-For", "203.0.113.7")));
    }

    @Test
    void addressesLeftOfTheFirstUntrustedHop_areIgnored() {
        assertEquals(
                "203.0.113.7",
                http.clientIpSeenBy(protectedCall().header("X-Forwarded-For", "198.51.100.66, 203.0.113.7")));
    }

    @Test
    void trustedHops_areSkippedFromTheRight() {
        assertEquals(
                "203.0.113.7", http.clientIpSeenBy(protectedCall().header("X-Forwarded-For", "203.0.113.7, 10.1.2.3")));
    }

    @Test
    void clientForwardedHeader_isIgnored_theProxyWritingXForwardedFor() {
        Invocation.Builder call = protectedCall()
                .header("Forwarded", "for=192.0.2.60;proto=http, for=\"[2001:db8::17]:4711\"")
                .header("X-Forwarded-For", "198.51.100.66");
        assertEquals("198.51.100.66", http.clientIpSeenBy(call));
    }

    @Test
    void clientForwardedHeader_withoutXForwardedFor_leavesThePeerTheClient() {
        String ip = http.clientIpSeenBy(protectedCall().header("Forwarded", "for=192.0.2.60"));
        assertTrue(ip.equals("127.0.0.1") || ip.equals("0:0:0:0:0:0:0:1"), ip);
    }

    @Test
    void garbledHop_stopsTheWalk_atTheLastKnownProxy() {
        assertEquals(
                "10.1.2.3", http.clientIpSeenBy(protectedCall().header("X-Forwarded-For", "evil.example, 10.1.2.3")));
    }

    @Test
    void withoutForwardingHeaders_thePeerIsTheClient() {
        String ip = http.clientIpSeenBy(protectedCall());
        assertTrue(ip.equals("127.0.0.1") || ip.equals("0:0:0:0:0:0:0:1"), ip);
    }

    private Invocation.Builder protectedCall() {
        return http.request("guarded").header("X-Captcha-Token", "pass");
    }
}
