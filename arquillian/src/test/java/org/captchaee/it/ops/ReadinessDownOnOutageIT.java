package org.captchaee.it.ops;

import static org.captchaee.it.ops.ReadinessIT.assertCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.captchaee.impl.config.ConfigKeys;
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

/** With {@code captcha.health.down-on-outage=true}, a Tencent outage makes readiness DOWN until Tencent passes again. */
@Requires(Feature.HEALTH)
class ReadinessDownOnOutageIT extends DeployedAppIT {

    private static final TencentStub STUB = TencentStub.start();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TencentDeployments.war("readiness-down", STUB)
                .withConfig(ConfigKeys.HEALTH_DOWN_ON_OUTAGE, "true")
                .build();
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Test
    void tencentOutage_makesReadinessDown_untilTencentPassesAgain() {
        ReadinessProbe probe = ReadinessProbe.of(http);
        probe.read().assertStatus("UP");

        STUB.fault(Fault.INTERNAL_ERROR);
        assertEquals(200, allow("rd02down").status(), "calls still pass degraded under allow");
        Readiness outage = probe.read();
        outage.assertStatus("DOWN");
        assertCheck(outage, "captcha-tencent", "DOWN", "outage");
        assertCheck(outage, "captcha-pin", "UP", "up");

        STUB.fault(Fault.NONE);
        STUB.issue("rd02good", "@abc");
        assertEquals(200, allow("rd02good").status());
        Readiness recovered = probe.read();
        recovered.assertStatus("UP");
        assertCheck(recovered, "captcha-tencent", "UP", "up");
    }

    private Http.Answer allow(String ticket) {
        return Http.post(
                http.request("policy/allow").header("X-Captcha-Ticket", ticket).header("X-Captcha-Randstr", "@abc"));
    }
}
