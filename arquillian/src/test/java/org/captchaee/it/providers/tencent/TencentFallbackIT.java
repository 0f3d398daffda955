package org.captchaee.it.providers.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.ImageCaptchas;
import org.captchaee.it.support.TencentDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Tencent with the built-in image captcha as its fallback: while the Tencent stub is down, clients are sent to the image
 * captcha and its token alone lets calls through (not degraded); when the stub recovers, Tencent is asked again. Under
 * the policy allow, a client's budget of degraded passes runs out and it is sent to the image captcha too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TencentFallbackIT extends DeployedAppIT {

    private static final TencentStub STUB = TencentStub.start();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TencentDeployments.withImageFallback("tencent-fallback", STUB)
                .withConfig(ConfigKeys.ALLOW_BUDGET, "2")
                .withConfig(TencentDeployments.FT + "CircuitBreaker/requestVolumeThreshold", "100000")
                .build();
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Test
    @Order(1)
    void deadTencent_sendsClientsToTheImageCaptcha_andBackWhenItRecovers() {
        STUB.issue("tr03healthy", "@a");
        assertEquals(200, Http.post(tencent("fallback", "tr03healthy")).status());

        STUB.fault(Fault.HTTP_500);
        JsonObject problem =
                Http.post(tencent("fallback", "tr03any")).assertProblem(403, "captcha_required", 4001, "image");
        assertEquals("/tencent-fallback/api/captcha/image", problem.getString("challenge"));
        Http.post(http.request("policy/fallback")).assertProblem(403, "captcha_required", 4001, "image");

        String token = new ImageCaptchas(http, "captcha").solve();
        Answer passed = Http.post(http.request("policy/fallback").header("X-Captcha-Token", token));
        assertEquals(200, passed.status(), passed.body());
        JsonObject event = http.events().getJsonObject("last");
        assertEquals("image", event.getString("verifier"));
        assertFalse(event.getBoolean("degraded"));

        STUB.fault(Fault.NONE);
        STUB.issue("tr03back", "@a");
        assertEquals(200, Http.post(tencent("fallback", "tr03back")).status(), "Tencent answers again");
        Http.post(http.request("policy/fallback")).assertProblem(403, "captcha_required", 4001, "tencent");
        String late = new ImageCaptchas(http, "captcha").solve();
        Http.post(http.request("policy/fallback").header("X-Captcha-Token", late))
                .assertProblem(403, "captcha_required", 4001, "tencent");
    }

    @Test
    @Order(2)
    void underAllow_theBudgetOfDegradedPassesRunsOut_thenTheImageCaptchaIsAsked() {
        STUB.fault(Fault.INTERNAL_ERROR);
        try {
            for (int i = 1; i <= 2; i++) {
                assertEquals(200, Http.post(tencent("allow", "tr03x" + i)).status(), "degraded pass " + i);
                assertTrue(http.events().getJsonObject("last").getBoolean("degraded"));
            }
            Http.post(tencent("allow", "tr03x3")).assertProblem(403, "captcha_required", 4001, "image");
            String token = new ImageCaptchas(http, "captcha").solve();
            Answer passed = Http.post(http.request("policy/allow").header("X-Captcha-Token", token));
            assertEquals(200, passed.status(), passed.body());
            assertFalse(http.events().getJsonObject("last").getBoolean("degraded"));
        } finally {
            STUB.fault(Fault.NONE);
        }
    }

    @Test
    @Order(3)
    void aDisasterTicketWhileTencentIsHealthy_sendsThatClientToTheImageCaptcha() {
        String disaster = "terror_1001_" + TencentStub.APP_ID + "_" + System.currentTimeMillis() / 1000;
        Http.post(tencent("fallback", disaster)).assertProblem(403, "captcha_required", 4001, "image");
        String token = new ImageCaptchas(http, "captcha").solve();
        Answer passed = Http.post(http.request("policy/fallback").header("X-Captcha-Token", token));
        assertEquals(200, passed.status(), passed.body());
        assertFalse(http.events().getJsonObject("last").getBoolean("degraded"));
    }

    private Invocation.Builder tencent(String policy, String ticket) {
        return http.request("policy/" + policy)
                .header("X-Captcha-Ticket", ticket)
                .header("X-Captcha-Randstr", "@a");
    }
}
