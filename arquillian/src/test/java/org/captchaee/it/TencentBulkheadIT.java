package org.captchaee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.it.support.DeployedAppIT;
import org.captchaee.it.support.TencentDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A full bulkhead answers at once, as an outage; it never makes a call wait for a slow Tencent. */
class TencentBulkheadIT extends DeployedAppIT {

    private static final TencentStub STUB = TencentStub.start();
    private static final long TENCENT_DELAY_MILLIS = 4000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TencentDeployments.war("tencent-bulkhead", STUB)
                .withConfig(TencentDeployments.FT + "Bulkhead/value", "1")
                .withConfig(TencentDeployments.FT + "Timeout/value", "10000")
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
        CompletableFuture<Timed> first = send(client, "tr03slow");
        assertTrue(
                STUB.awaitCalls(before + 1, Duration.ofSeconds(15)),
                "the first call reached Tencent and holds the bulkhead's only place");
        Timed second = send(client, "tr03other").get();
        assertEquals(503, second.status(), "the bulkhead is full: an outage under the policy deny");
        assertTrue(second.millis() < TENCENT_DELAY_MILLIS / 2, "refused after " + second.millis() + " ms");
        assertEquals(200, first.get().status());
    }

    private CompletableFuture<Timed> send(HttpClient client, String ticket) {
        HttpRequest request = HttpRequest.newBuilder(http.uri("policy/deny"))
                .timeout(Duration.ofSeconds(30))
                .header("X-Captcha-Ticket", ticket)
                .header("X-Captcha-Randstr", "@abc")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        long start = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> new Timed(response.statusCode(), (System.nanoTime() - start) / 1_000_000));
    }

    /** A status and how long it took. */
    private record Timed(int status, long millis) {}
}
