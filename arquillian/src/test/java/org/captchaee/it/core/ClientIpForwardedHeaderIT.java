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
 * The trusted proxy on loopback writes RFC 7239 {@code Forwarded} ({@code captcha.client-ip.header=Forwarded}): an
 * {@code X-Forwarded-For} header is the client's own and is ignored.
 */
class ClientIpForwardedHeaderIT extends DeployedAppIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("forwarded-proxy")
                .withClasses(GuardedResource.class)
                .withConfig(ConfigKeys.VERIFIER, "test")
                .withTestMode()
                .withConfig(ConfigKeys.TRUSTED_PROXIES, "127.0.0.0/8, ::1, 10.0.0.0/8")
                .withConfig(ConfigKeys.CLIENT_IP_HEADER, "forwarded")
                .build();
    }

    @Test
    void forwardedHeader_givesTheClientIp_andItsNodeSyntaxIsUnderstood() {
        Invocation.Builder call = protectedCall()
                .header("Forwarded", "for=192.0.2.60;proto=http, for=\"[2001:db8::17]:4711\"")
                .header("X-Forwarded-For", "198.51.100.66");
        assertEquals("2001:db8:0:0:0:0:0:17", http.clientIpSeenBy(call));
    }

    @Test
    void clientXForwardedFor_isIgnored() {
        String ip = http.clientIpSeenBy(protectedCall().header("X-Forwarded-For", "198.51.100.66"));
        assertTrue(ip.equals("127.0.0.1") || ip.equals("0:0:0:0:0:0:0:1"), ip);
    }

    @Test
    void trustedHops_areSkippedFromTheRight() {
        assertEquals(
                "203.0.113.7",
                http.clientIpSeenBy(
                        protectedCall().header("Forwarded", "for=198.51.100.66, for=203.0.113.7, for=10.1.2.3")));
    }

    private Invocation.Builder protectedCall() {
        return http.request("guarded").header("X-Captcha-Token", "pass");
    }
}
