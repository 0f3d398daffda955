package org.captchaee.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.GuardedResource;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** No trusted proxy is configured: forwarding headers are the client's own words and are ignored. */
class ClientIpSpoofingIT extends DeployedAppIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("no-proxy")
                .withClasses(GuardedResource.class)
                .withConfig(ConfigKeys.VERIFIER, "test")
                .withTestMode()
                .build();
    }

    @Test
    void spoofedXForwardedFor_isIgnored() {
        String direct = http.clientIpSeenBy(protectedCall());
        assertEquals(direct, http.clientIpSeenBy(protectedCall().header("X-Forwarded-For", "203.0.113.7")));
    }

    @Test
    void spoofedForwarded_isIgnored() {
        String direct = http.clientIpSeenBy(protectedCall());
        assertEquals(direct, http.clientIpSeenBy(protectedCall().header("Forwarded", "for=203.0.113.7")));
    }

    private Invocation.Builder protectedCall() {
        return http.request("guarded").header("X-Captcha-Token", "pass");
    }
}
