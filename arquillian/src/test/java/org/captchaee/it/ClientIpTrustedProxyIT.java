package org.captchaee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import jakarta.ws.rs.client.Invocation;

import org.captchaee.it.app.GuardedResource;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tests connect from loopback, which this deployment trusts as a proxy, as is 10.0.0.0/8. */
@ExtendWith(ArquillianExtension.class)
class ClientIpTrustedProxyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("trusted-proxy")
                .withClasses(GuardedResource.class)
                .withConfig("captcha.verifier", "test")
                .withConfig("captcha.client-ip.trusted-proxies", "127.0.0.0/8, ::1, 10.0.0.0/8")
                .build();
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void open() {
        http = new Http(base);
    }

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void xForwardedForFromATrustedProxy_givesTheClientIp() {
        assertEquals("203.0.113.7", clientIpOf(protectedCall().header("X-Forwarded-For", "203.0.113.7")));
    }

    @Test
    void addressesLeftOfTheFirstUntrustedHop_areIgnored() {
        assertEquals(
                "203.0.113.7", clientIpOf(protectedCall().header("X-Forwarded-For", "198.51.100.66, 203.0.113.7")));
    }

    @Test
    void trustedHops_areSkippedFromTheRight() {
        assertEquals("203.0.113.7", clientIpOf(protectedCall().header("X-Forwarded-For", "203.0.113.7, 10.1.2.3")));
    }

    @Test
    void forwardedHeader_winsOverXForwardedFor() {
        Invocation.Builder call = protectedCall()
                .header("Forwarded", "for=192.0.2.60;proto=http, for=\"[2001:db8::17]:4711\"")
                .header("X-Forwarded-For", "198.51.100.66");
        assertEquals("2001:db8:0:0:0:0:0:17", clientIpOf(call));
    }

    @Test
    void garbledHop_stopsTheWalk_atTheLastKnownProxy() {
        assertEquals("10.1.2.3", clientIpOf(protectedCall().header("X-Forwarded-For", "evil.example, 10.1.2.3")));
    }

    @Test
    void withoutForwardingHeaders_thePeerIsTheClient() {
        String ip = clientIpOf(protectedCall());
        assertEquals(true, ip.equals("127.0.0.1") || ip.equals("0:0:0:0:0:0:0:1"), ip);
    }

    private Invocation.Builder protectedCall() {
        return http.request("guarded").header("X-Captcha-Token", "pass");
    }

    private String clientIpOf(Invocation.Builder call) {
        assertEquals(200, Http.get(call).status());
        return http.events().getJsonObject("last").getString("clientIp");
    }
}
