package org.captchaee.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.AdaptiveResource;
import org.captchaee.it.app.GuardedResource;
import org.captchaee.it.app.WrongPasswordException;
import org.captchaee.it.app.WrongPasswordMapper;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * IPv6 clients share their per-IP state within one /64 (the default of {@code captcha.client-ip.ipv6-prefix}): one
 * subscriber usually holds a whole /64 and can rotate through it at will. The clients are IPv6 addresses forwarded by
 * the trusted proxy on loopback; each test uses its own /64s.
 */
class ClientIpv6PrefixIT extends DeployedAppIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("ipv6-prefix")
                .withClasses(
                        AdaptiveResource.class,
                        WrongPasswordException.class,
                        WrongPasswordMapper.class,
                        GuardedResource.class)
                .withConfig(ConfigKeys.VERIFIER, "test")
                .withTestMode()
                .withConfig(ConfigKeys.TRUSTED_PROXIES, "127.0.0.1, ::1")
                .withConfig(AdaptiveResource.class.getName() + "/sms/RequiresCaptcha/afterRequests", "3")
                .build();
    }

    @Test
    void callsFromAddressesRotatingInsideOneSlash64_shareOneAllowance() {
        assertEquals(200, sms("2001:db8:a1:1::1").status());
        assertEquals(200, sms("2001:db8:a1:1::2").status());
        assertEquals(200, sms("2001:db8:a1:1:8a2e:370:7334:1").status());
        sms("2001:db8:a1:1:ffff:ffff:ffff:ffff").assertProblem(403, "captcha_required", 4001, "test");
        sms("2001:db8:a1:1::9").assertProblem(403, "captcha_required", 4001, "test");
        assertEquals(200, sms("2001:db8:a1:2::1").status(), "the neighbouring /64 is another client");
    }

    @Test
    void failuresFromAddressesRotatingInsideOneSlash64_shareOneCount() {
        // another account each time, so that only the per-IP count can reach the threshold of 5
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, badLogin("2001:db8:b2:1::" + i, "ipv6-user-" + i).status(), "bad login " + i);
        }
        badLogin("2001:db8:b2:1:abcd::5", "ipv6-user-5").assertProblem(403, "captcha_required", 4001, "test");
        assertEquals(
                401, badLogin("2001:db8:b2:2::1", "ipv6-user-6").status(), "the neighbouring /64 is another client");
    }

    @Test
    void verifiersStillSeeTheFullAddress() {
        assertEquals(
                "2001:db8:c3:1:0:0:0:abcd",
                http.clientIpSeenBy(http.request("guarded")
                        .header("X-Captcha-Token", "pass")
                        .header("X-Forwarded-For", "2001:db8:c3:1::abcd")));
    }

    private Answer sms(String ip) {
        return Answer.of(call("adaptive/sms", ip).post(Entity.json("{}")));
    }

    private Answer badLogin(String ip, String user) {
        return Answer.of(
                call("adaptive/login", ip).post(Entity.json("{\"username\":\"" + user + "\",\"password\":\"guess\"}")));
    }

    private Invocation.Builder call(String path, String ip) {
        return http.request(path).header("X-Forwarded-For", ip);
    }
}
