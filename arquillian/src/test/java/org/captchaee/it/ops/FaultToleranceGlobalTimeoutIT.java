package org.captchaee.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;

import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.TencentDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The operator lengthened every Fault Tolerance timeout with the global key {@code Timeout/value}: the HTTP client
 * follows it too, so a provider slower than the annotation's 1.5 s but within the global 10 s still answers.
 */
class FaultToleranceGlobalTimeoutIT extends DeployedAppIT {

    private static final TencentStub STUB = TencentStub.start();
    private static final long DELAY_MILLIS = 1800;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TencentDeployments.war("ft-global-timeout", STUB)
                .withConfig("Timeout/value", "10")
                .withConfig("Timeout/unit", "SECONDS")
                .build();
    }

    @AfterAll
    static void stop() {
        STUB.close();
    }

    @Test
    void providerSlowerThanTheAnnotationButWithinTheGlobalTimeout_answers() {
        // a first call warms the deployment up, so that only the stub's delay counts below
        Http.post(http.request("policy/deny")
                        .header("X-Captcha-Ticket", "tr03forged")
                        .header("X-Captcha-Randstr", "@x"))
                .assertProblem(403, "captcha_invalid", 4002, "tencent");
        STUB.issue("tr03slow", "@abc");
        STUB.delay(DELAY_MILLIS);
        STUB.fault(Fault.DELAY);
        try {
            Answer answer = Http.post(http.request("policy/deny")
                    .header("X-Captcha-Ticket", "tr03slow")
                    .header("X-Captcha-Randstr", "@abc"));
            JsonObject event = http.events().getJsonObject("last");
            assertEquals(200, answer.status(), event::toString);
            assertFalse(event.getBoolean("degraded"));
        } finally {
            STUB.fault(Fault.NONE);
        }
    }
}
