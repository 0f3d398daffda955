package org.captchaee.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.stub.RecordingProxy;
import org.captchaee.impl.stub.RecordingProxy.Passage;
import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.ServerLogText;
import org.captchaee.it.support.TencentDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Tencent's own {@code captcha.tencent.http.proxy}, with a user and password, overriding a global proxy that is never
 * used: the proxy demands the credentials and gets them; when it refuses them, calls are outages of our own
 * configuration with a SEVERE message that names the key, and the password reaches no log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboundProxyAuthIT extends DeployedAppIT {

    private static final String USER = "captcha";
    private static final String PASSWORD = "Proxy-Pa55@word";
    private static final TencentStub STUB = TencentStub.start();
    private static final RecordingProxy PROXY = RecordingProxy.requiring(USER, PASSWORD);
    private static final RecordingProxy UNUSED = RecordingProxy.start();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TencentDeployments.war("outbound-proxy-auth", STUB)
                .withConfig(ConfigKeys.HTTP_PROXY, UNUSED.url(""))
                .withConfig("captcha.tencent.http.proxy", PROXY.url(USER + ":Proxy-Pa55%40word"))
                .build();
    }

    @AfterAll
    static void stop() {
        PROXY.close();
        UNUSED.close();
        STUB.close();
    }

    @Test
    @Order(1)
    void solvedTicket_passes_throughTheAuthenticatingProxy() {
        STUB.issue("tr03auth", "@abc");
        Answer answer = Http.post(tencent("deny", "tr03auth"));
        assertEquals(200, answer.status(), answer.body());
        Passage passage = PROXY.passages().get(PROXY.passages().size() - 1);
        assertEquals("POST", passage.method());
        assertEquals(STUB.host(), passage.target());
        assertTrue(passage.credentials().isPresent());
        assertEquals(0, UNUSED.passages().size(), "the provider's own proxy wins over the global one");
    }

    @Test
    @Order(2)
    void refusedCredentials_areAnOutageOfOurConfiguration_loggedSevereWithTheKey() {
        PROXY.require(USER, "rotated-password");
        try {
            int calls = STUB.calls();
            assertEquals(200, Http.post(tencent("allow", "tr03any")).status());
            JsonObject event = http.events().getJsonObject("last");
            assertTrue(event.getBoolean("degraded"));
            assertEquals("misconfigured", event.getString("reason"));
            assertEquals("proxy-407", event.getString("providerCode"));
            Http.post(tencent("deny", "tr03any")).assertProblem(503, "captcha_unavailable", 5031, "tencent");
            assertEquals(calls, STUB.calls(), "nothing reached Tencent");
        } finally {
            PROXY.require(USER, PASSWORD);
        }
    }

    @Test
    @Order(3)
    void thePassword_neverReachesTheServerLog() {
        String log = ServerLogText.read();
        assertTrue(log.contains("CAPTCHA-E007"), "no SEVERE for the refused credentials");
        assertTrue(log.contains("captcha.tencent.http.proxy"), "the SEVERE does not name the key");
        assertFalse(log.contains(PASSWORD), "the proxy password is in the server log");
        assertFalse(log.contains("Pa55%40word"), "the encoded proxy password is in the server log");
    }

    private Invocation.Builder tencent(String policy, String ticket) {
        return http.request("policy/" + policy)
                .header("X-Captcha-Ticket", ticket)
                .header("X-Captcha-Randstr", "@abc");
    }
}
