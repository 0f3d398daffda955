package org.captchaee.it.providers.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.ServerFeatures.Feature;
import org.captchaee.it.support.ServerFeatures.Requires;
import org.captchaee.it.support.TencentDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The circuit breaker, tuned through the standard Fault Tolerance keys, stops calling a failing Tencent. */
@Requires(Feature.FAULT_TOLERANCE)
class TencentBreakerIT extends DeployedAppIT {

    private static final TencentStub STUB = TencentStub.start();
    private static final int VOLUME = 4;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TencentDeployments.war("tencent-breaker", STUB)
                .withConfig(TencentDeployments.FT + "CircuitBreaker/requestVolumeThreshold", Integer.toString(VOLUME))
                .withConfig(TencentDeployments.FT + "CircuitBreaker/delay", "3600")
                .build();
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Test
    void openBreaker_sparesTencent_andCallsStillPassDegraded_andDisasterTicketsAreBelieved() {
        STUB.fault(Fault.HTTP_500);
        int before = STUB.calls();
        for (int i = 0; i < VOLUME; i++) {
            assertEquals(200, call("tr03down" + i).status());
        }
        assertEquals(before + VOLUME, STUB.calls(), "each failing call reached Tencent");
        STUB.fault(Fault.NONE);
        STUB.issue("tr03good", "@abc");
        for (int i = 0; i < 3; i++) {
            Answer answer = call("tr03good");
            assertEquals(200, answer.status());
            JsonObject event = http.events().getJsonObject("last");
            assertTrue(event.getBoolean("degraded"));
            assertEquals("circuit-open", event.getString("providerCode"));
        }
        assertEquals(before + VOLUME, STUB.calls(), "the open breaker sent nothing to Tencent");
        String disasterTicket = "terror_1001_" + TencentStub.APP_ID + "_" + System.currentTimeMillis() / 1000;
        Http.post(http.request("policy/deny")
                        .header("X-Captcha-Ticket", "tr03good")
                        .header("X-Captcha-Randstr", "@abc"))
                .assertProblem(503, "captcha_unavailable", 5031, "tencent");
        assertEquals(
                200,
                Http.post(http.request("policy/allow")
                                .header("X-Captcha-Ticket", disasterTicket)
                                .header("X-Captcha-Randstr", "@x"))
                        .status());
    }

    private Answer call(String ticket) {
        return Http.post(
                http.request("policy/allow").header("X-Captcha-Ticket", ticket).header("X-Captcha-Randstr", "@abc"));
    }
}
