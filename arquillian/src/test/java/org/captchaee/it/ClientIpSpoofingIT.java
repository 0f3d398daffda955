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

/** No trusted proxy is configured: forwarding headers are the client's own words and are ignored. */
@ExtendWith(ArquillianExtension.class)
class ClientIpSpoofingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("no-proxy")
                .withClasses(GuardedResource.class)
                .withConfig("captcha.verifier", "test")
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
    void spoofedXForwardedFor_isIgnored() {
        String direct = clientIpOf(protectedCall());
        assertEquals(direct, clientIpOf(protectedCall().header("X-Forwarded-For", "203.0.113.7")));
    }

    @Test
    void spoofedForwarded_isIgnored() {
        String direct = clientIpOf(protectedCall());
        assertEquals(direct, clientIpOf(protectedCall().header("Forwarded", "for=203.0.113.7")));
    }

    private Invocation.Builder protectedCall() {
        return http.request("guarded").header("X-Captcha-Token", "pass");
    }

    private String clientIpOf(Invocation.Builder call) {
        assertEquals(200, Http.get(call).status());
        return http.events().getJsonObject("last").getString("clientIp");
    }
}
