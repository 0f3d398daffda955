package org.captchaee.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.ProviderOutages;
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
 * A provider verifier where Fault Tolerance does not act: switched off here by the operator's key, absent on a server
 * that ships none (Eclipse GlassFish). The calls still work and keep their timeout, and a WARNING at start-up names
 * the protections that are off. The hanging provider comes last: an observed outage is remembered.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WithoutFaultToleranceIT extends DeployedAppIT {

    private static final TencentStub STUB = TencentStub.start();
    private static final long TIMEOUT_MILLIS = 1000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TencentDeployments.war("tencent-without-ft", STUB)
                .withConfig("MP_Fault_Tolerance_NonFallback_Enabled", "false")
                .withConfig(TencentDeployments.FT + "Timeout/value", Long.toString(TIMEOUT_MILLIS))
                .build();
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Test
    @Order(1)
    void aWarningAtStartUp_namesTheProtectionsThatAreOff() {
        String log = ServerLogText.read();
        assertTrue(
                log.contains("CAPTCHA-W008 MicroProfile Fault Tolerance does not act on the calls to Tencent"),
                "no warning that Fault Tolerance is off");
        assertTrue(log.contains("their circuit breakers and bulkheads are off"));
    }

    @Test
    @Order(2)
    void aValidTicketPasses_withoutFaultTolerance() {
        STUB.issue("tr03noft", "@abc");
        assertEquals(
                200,
                Http.post(http.request("policy/deny")
                                .header("X-Captcha-Ticket", "tr03noft")
                                .header("X-Captcha-Randstr", "@abc"))
                        .status());
        assertFalse(http.events().getJsonObject("last").getBoolean("degraded"));
    }

    @Test
    @Order(3)
    void aHangingProvider_isStillAnsweredWithinTheTimeout() {
        new ProviderOutages(STUB, http, "tencent", policy -> http.request("policy/" + policy)
                        .header("X-Captcha-Ticket", "tr03hang")
                        .header("X-Captcha-Randstr", "@abc"))
                .hang_isAnsweredWithinTheTimeout(TIMEOUT_MILLIS);
    }
}
