package org.captchaee.it.providers.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonObject;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.ServerFeatures.Feature;
import org.captchaee.it.support.ServerFeatures.Requires;
import org.captchaee.it.support.TencentDeployments;
import org.captchaee.it.support.TimeScale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A full bulkhead answers at once and never makes a call wait for a slow Tencent. It is our own overload, which many
 * clients at once can cause: never a pass, never an outage (no breaker opened, no disaster ticket made acceptable).
 */
@Requires(Feature.FAULT_TOLERANCE)
class TencentBulkheadIT extends DeployedAppIT {

    private static final TencentStub STUB = TencentStub.start();
    private static final long TENCENT_DELAY_MILLIS = 4000;
    /** More calls than the breaker's request volume threshold (20), so that counting them as failures would open it. */
    private static final int BURST = 24;

    private static final int RETRY_AFTER_SECONDS = 7;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TencentDeployments.war("tencent-bulkhead", STUB)
                .withConfig(TencentDeployments.FT + "Bulkhead/value", "1")
                .withConfig(TencentDeployments.FT + "Timeout/value", "25000")
                .withConfig(ConfigKeys.OUTAGE_RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .build();
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Test
    void secondConcurrentCall_isRefusedAtOnce_whileTheFirstWaitsForTencent() throws Exception {
        STUB.issue("tr03slow", "@abc");
        STUB.issue("tr03other", "@abc");
        STUB.fault(Fault.DELAY);
        STUB.delay(TENCENT_DELAY_MILLIS);
        HttpClient client = HttpClient.newHttpClient();
        int before = STUB.calls();
        CompletableFuture<Timed> first = send(client, "deny", "tr03slow");
        assertTrue(
                STUB.awaitCalls(before + 1, TimeScale.of(Duration.ofSeconds(15))),
                "the first call reached Tencent and holds the bulkhead's only place");
        Timed second = send(client, "deny", "tr03other").get();
        assertEquals(503, second.status(), "the bulkhead is full");
        assertTrue(second.millis() < TENCENT_DELAY_MILLIS / 2, "refused after " + second.millis() + " ms");
        assertEquals(200, first.get().status());
    }

    @Test
    void aBurstOnAFullBulkhead_underAllow_neverPasses_andMarksNothingDown() throws Exception {
        STUB.issue("tr03held", "@abc");
        // the first call holds the bulkhead until every call of the burst was answered, however slowly a loaded server
        // takes them in (Open Liberty's thread pool grows gradually)
        STUB.fault(Fault.HOLD);
        HttpClient client = HttpClient.newHttpClient();
        int before = STUB.calls();
        CompletableFuture<Timed> first = send(client, "allow", "tr03held");
        assertTrue(
                STUB.awaitCalls(before + 1, TimeScale.of(Duration.ofSeconds(15))),
                "the first call holds the only place");
        List<CompletableFuture<Timed>> burst = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            burst.add(send(client, "allow", "tr03forged" + i));
        }
        try {
            for (CompletableFuture<Timed> call : burst) {
                Timed answer = call.get();
                assertEquals(503, answer.status(), "a full bulkhead is never a degraded pass");
                assertEquals(String.valueOf(RETRY_AFTER_SECONDS), answer.retryAfter());
            }
        } finally {
            STUB.release();
        }
        assertEquals(200, first.get().status());
        assertEquals(before + 1, STUB.calls(), "no forged ticket reached Tencent");

        // Tencent was never down: the breaker is closed, so the next ticket reaches it and passes as itself
        STUB.fault(Fault.NONE);
        STUB.issue("tr03after", "@abc");
        assertEquals(200, send(client, "allow", "tr03after").get().status());
        assertEquals(before + 2, STUB.calls(), "the breaker stayed closed");
        JsonObject event = http.events().getJsonObject("last");
        assertEquals("verified", event.getString("reason"));
        assertFalse(event.getBoolean("degraded"));

        // and no disaster ticket became acceptable
        String disaster = "terror_1001_" + TencentStub.APP_ID + "_" + System.currentTimeMillis() / 1000;
        assertEquals(403, send(client, "allow", disaster).get().status());
    }

    private CompletableFuture<Timed> send(HttpClient client, String policy, String ticket) {
        HttpRequest request = HttpRequest.newBuilder(http.uri("policy/" + policy))
                .timeout(TimeScale.of(Duration.ofSeconds(30)))
                .header("X-Captcha-Ticket", ticket)
                .header("X-Captcha-Randstr", "@abc")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        long start = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> new Timed(
                        response.statusCode(),
                        (System.nanoTime() - start) / 1_000_000,
                        response.headers().firstValue("Retry-After").orElse(null)));
    }

    /** A status, how long it took, and its {@code Retry-After}. */
    private record Timed(int status, long millis, String retryAfter) {}
}
