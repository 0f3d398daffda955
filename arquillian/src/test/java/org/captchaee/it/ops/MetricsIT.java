package org.captchaee.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.ServerFeatures.Feature;
import org.captchaee.it.support.ServerFeatures.Requires;
import org.captchaee.it.support.ServerMetrics;
import org.captchaee.it.support.TencentDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The metrics read back from what each server serves: MicroProfile Metrics' {@code /metrics} on Payara, OpenTelemetry
 * (through its logging exporter, in the server log) on WildFly and Liberty. Passes, rejections with their reasons, a degraded
 * pass during a Tencent outage under allow, then a call past the allow budget, each counted exactly.
 */
@Requires(Feature.METRICS)
class MetricsIT extends DeployedAppIT {

    private static final TencentStub STUB = TencentStub.start();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("metered")
                // not "metrics": Payara and Liberty serve /metrics
                .withClasses(MeteredResource.class)
                .withConfig(ConfigKeys.VERIFIER, "tencent")
                .withConfig(ConfigKeys.TENCENT_ENDPOINT, STUB.endpoint())
                .withConfig(ConfigKeys.TENCENT_SECRET_ID, TencentStub.SECRET_ID)
                .withConfig(ConfigKeys.TENCENT_SECRET_KEY, TencentStub.SECRET_KEY)
                .withConfig(ConfigKeys.TENCENT_APP_ID, Long.toString(TencentStub.APP_ID))
                .withConfig(ConfigKeys.TENCENT_APP_SECRET_KEY, TencentStub.APP_SECRET_KEY)
                .withConfig(ConfigKeys.TEST_MODE, "true")
                .withConfig(ConfigKeys.ALLOW_BUDGET, "1")
                .withConfig(TencentDeployments.FT + "CircuitBreaker/requestVolumeThreshold", "100000")
                // OpenTelemetry metrics (WildFly, Liberty): on for this deployment, written to the server log every 500
                // ms
                .withConfig("otel.sdk.disabled", "false")
                .withConfig("otel.metrics.exporter", "logging")
                .withConfig("otel.metric.export.interval", "500")
                .withConfig("otel.traces.exporter", "none")
                .withConfig("otel.logs.exporter", "none")
                .build();
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Test
    void everyVerdict_isCountedByItsLabels_andReadBackFromTheServer() {
        for (int pass = 1; pass <= 3; pass++) {
            STUB.issue("trmpass" + pass, "@m");
            assertEquals(200, Http.post(metered("trmpass" + pass, "@m")).status());
        }
        STUB.issue("trmrandstr", "@m");
        assertRejected(metered("trmrandstr", "@other"), "invalid");
        assertRejected(metered("trmforged", "@m"), "invalid");
        STUB.issueAt("trmold", "@m", System.currentTimeMillis() / 1000 - 301);
        assertRejected(metered("trmold", "@m"), "expired");

        STUB.fault(Fault.INTERNAL_ERROR);
        try {
            assertEquals(200, Http.post(metered("trmoutage1", "@m")).status());
            JsonObject degraded = lastEvent();
            assertTrue(degraded.getBoolean("degraded"));
            assertEquals("provider_error", degraded.getString("reason"));
            Http.post(metered("trmoutage2", "@m")).assertProblem(503, "captcha_unavailable", 5031, "tencent");
        } finally {
            STUB.fault(Fault.NONE);
        }
        JsonObject overBudget = lastEvent();
        assertEquals("UNAVAILABLE", overBudget.getString("outcome"));
        assertEquals("provider_error", overBudget.getString("reason"));

        for (ServerMetrics metrics : ServerMetrics.of(http)) {
            assertCounts(metrics);
        }
    }

    private static void assertCounts(ServerMetrics metrics) {
        String verifications = "captcha_verifications_total";
        metrics.awaitValue(3, verifications, "verifier", "tencent", "outcome", "passed", "reason", "verified");
        metrics.awaitValue(2, verifications, "verifier", "tencent", "outcome", "rejected", "reason", "invalid");
        metrics.awaitValue(1, verifications, "verifier", "tencent", "outcome", "rejected", "reason", "expired");
        metrics.awaitValue(1, verifications, "verifier", "tencent", "outcome", "passed", "reason", "provider_error");
        metrics.awaitValue(
                1, verifications, "verifier", "tencent", "outcome", "unavailable", "reason", "provider_error");
        String durations = "captcha_verification_duration_seconds_count";
        metrics.awaitValue(4, durations, "verifier", "tencent", "outcome", "passed");
        metrics.awaitValue(3, durations, "verifier", "tencent", "outcome", "rejected");
        metrics.awaitValue(1, "captcha_degraded_total", "verifier", "tencent", "cause", "outage");
        metrics.awaitValue(1, "captcha_allow_budget_exhausted_total", "verifier", "tencent");
        metrics.awaitValue(1, "captcha_provider_circuit", "verifier", "tencent");
    }

    private void assertRejected(Invocation.Builder call, String reason) {
        Http.post(call).assertProblem(403, "captcha_invalid", 4002, "tencent");
        assertEquals(reason, lastEvent().getString("reason"));
    }

    private Invocation.Builder metered(String ticket, String randstr) {
        return http.request("metered").header("X-Captcha-Ticket", ticket).header("X-Captcha-Randstr", randstr);
    }

    private JsonObject lastEvent() {
        return http.events().getJsonObject("last");
    }
}
