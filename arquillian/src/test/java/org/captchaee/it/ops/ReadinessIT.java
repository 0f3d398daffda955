package org.captchaee.it.ops;

import static org.captchaee.it.support.ReadinessProbe.Readiness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.ReadinessProbe;
import org.captchaee.it.support.ReadinessProbe.Readiness;
import org.captchaee.it.support.ServerFeatures.Feature;
import org.captchaee.it.support.ServerFeatures.Requires;
import org.captchaee.it.support.TencentDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Readiness on the server's own MicroProfile Health endpoint: a check per verifier in use and one for the store, the
 * Tencent check showing its stub's outage while calls pass degraded under {@code allow}, readiness staying UP, and the
 * state going back to {@code up} once Tencent passes a captcha again.
 */
@Requires(Feature.HEALTH)
class ReadinessIT extends DeployedAppIT {

    private static final TencentStub STUB = TencentStub.start();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TencentDeployments.war("readiness", STUB).build();
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Test
    void tencentOutage_showsInReadiness_whichStaysUp_andItsStateReturnsToUp() {
        ReadinessProbe probe = ReadinessProbe.of(http);
        Readiness before = probe.read();
        before.assertStatus("UP");
        assertCheck(before, "captcha-tencent", "UP", "up");
        assertCheck(before, "captcha-pin", "UP", "up");
        assertEquals("true", text(before.check("captcha-pin").getJsonObject("data"), "fallback"));
        JsonObject store = before.check("captcha-store");
        assertEquals("UP", store.getString("status"));
        assertEquals("memory", store.getJsonObject("data").getString("store"));
        assertEquals("true", text(store.getJsonObject("data"), "reachable"));

        STUB.fault(Fault.INTERNAL_ERROR);
        for (int i = 0; i < 2; i++) {
            assertEquals(200, allow("rd01down" + i).status());
            assertTrue(http.events().getJsonObject("last").getBoolean("degraded"));
        }
        Readiness outage = probe.read();
        outage.assertStatus("UP");
        JsonObject data = assertCheck(outage, "captcha-tencent", "UP", "outage");
        assertFalse(data.getString("since").isBlank());
        assertEquals("provider_error", data.getString("last_outage_reason"));
        assertEquals("InternalError", data.getString("last_outage_code"));
        assertEquals("2", text(data, "degraded_passes_2m"));
        assertEquals("allow,deny,fallback", data.getString("outage_policy"));

        STUB.fault(Fault.NONE);
        STUB.issue("rd01good", "@abc");
        assertEquals(200, allow("rd01good").status());
        assertFalse(http.events().getJsonObject("last").getBoolean("degraded"));
        JsonObject recovered = assertCheck(probe.read(), "captcha-tencent", "UP", "up");
        assertEquals("provider_error", recovered.getString("last_outage_reason"), "the last outage stays visible");
    }

    private Http.Answer allow(String ticket) {
        return Http.post(
                http.request("policy/allow").header("X-Captcha-Ticket", ticket).header("X-Captcha-Randstr", "@abc"));
    }

    /** Asserts a check's status and state, and gives its data. */
    static JsonObject assertCheck(Readiness readiness, String name, String status, String state) {
        JsonObject check = readiness.check(name);
        assertEquals(status, check.getString("status"), check::toString);
        JsonObject data = check.getJsonObject("data");
        assertEquals(state, data.getString("state"), check::toString);
        return data;
    }
}
