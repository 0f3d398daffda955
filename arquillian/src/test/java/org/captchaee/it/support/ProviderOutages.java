package org.captchaee.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.stub.StubServer;
import org.captchaee.impl.stub.StubServer.Fault;
import org.captchaee.it.app.PolicyResource;
import org.captchaee.it.support.Http.Answer;

/**
 * The outage checks every cloud verifier must pass, against its stub, on the endpoints of {@link PolicyResource}: each
 * outage class the stub can inject runs degraded under {@code allow}, answers 503 under {@code deny}, and asks for the
 * {@code pin} fallback under {@code fallback}; a hanging provider is answered within the timeout; a closed port is an
 * outage.
 */
public final class ProviderOutages {

    /** Every outage class a stub injects. */
    public static final Fault[] ALL = {
        Fault.BUSY, Fault.INTERNAL_ERROR, Fault.THROTTLED, Fault.HTTP_500, Fault.MALFORMED_JSON, Fault.HANG
    };

    /**
     * How much longer than its timeouts a call to a hanging provider may take: generous for a loaded 2-core build
     * machine, still far below the stub's 30 s hang, so a missing timeout fails.
     */
    public static final long HANG_MARGIN_MILLIS = TimeScale.millis(5000);

    private final StubServer stub;
    private final Http http;
    private final String verifier;
    private final Function<String, Invocation.Builder> request;

    /**
     * Creates the checks for one test.
     *
     * @param stub the provider's stub
     * @param http the client of the deployment
     * @param verifier the verifier's name, as problems name it
     * @param request a request to {@code policy/<policy>} carrying a well-formed captcha of the verifier
     */
    public ProviderOutages(StubServer stub, Http http, String verifier, Function<String, Invocation.Builder> request) {
        this.stub = stub;
        this.http = http;
        this.verifier = verifier;
        this.request = request;
    }

    /** Every outage class under {@code allow} lets the call run, degraded. */
    public void underAllow_runDegraded() {
        for (Fault fault : ALL) {
            stub.fault(fault);
            Answer answer = Http.post(request.apply("allow"));
            assertEquals(200, answer.status(), fault + ": " + answer.body());
            JsonObject event = lastEvent();
            assertTrue(event.getBoolean("degraded"), fault.name());
            assertEquals("PASSED", event.getString("outcome"));
        }
        stub.fault(Fault.NONE);
    }

    /** Every outage class under {@code deny} is 503. */
    public void underDeny_are503() {
        for (Fault fault : ALL) {
            stub.fault(fault);
            Http.post(request.apply("deny")).assertProblem(503, "captcha_unavailable", 5031, verifier);
            assertEquals("UNAVAILABLE", lastEvent().getString("outcome"), fault.name());
        }
        stub.fault(Fault.NONE);
    }

    /** Every outage class under {@code fallback} asks for the {@code pin} captcha, and the call passes with it. */
    public void underFallback_askForThePinAndPassWithIt() {
        for (Fault fault : ALL) {
            stub.fault(fault);
            Http.post(request.apply("fallback")).assertProblem(403, "captcha_required", 4001, "pin");
            Answer answer = Http.post(request.apply("fallback").header("X-Captcha-Pin", "1234"));
            assertEquals(200, answer.status(), fault.name());
            assertFalse(lastEvent().getBoolean("degraded"));
        }
        stub.fault(Fault.NONE);
    }

    /**
     * A hanging provider is answered, degraded, within its timeout plus a margin.
     *
     * @param timeoutMillis the deployment's Fault Tolerance timeout
     */
    public void hang_isAnsweredWithinTheTimeout(long timeoutMillis) {
        stub.fault(Fault.HANG);
        long start = System.nanoTime();
        Answer answer = Http.post(request.apply("allow"));
        long tookMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        stub.fault(Fault.NONE);
        assertEquals(200, answer.status());
        assertEquals("timeout", lastEvent().getString("reason"));
        assertTrue(tookMillis < timeoutMillis + HANG_MARGIN_MILLIS, "answered after " + tookMillis + " ms");
    }

    /** A closed port (connection refused, retried once) is an outage. */
    public void closedPort_isAnOutage() {
        stub.closePort();
        try {
            assertEquals(200, Http.post(request.apply("allow")).status());
            assertTrue(lastEvent().getBoolean("degraded"));
        } finally {
            stub.reopen();
        }
    }

    /**
     * Our own credentials refused are an outage (degraded under {@code allow}, 503 under {@code deny}), logged SEVERE
     * once however often it happens within a minute.
     *
     * @param revokeKey revokes ({@code true}) or restores ({@code false}) the key at the stub
     * @param providerCode the provider's error code for a revoked key
     * @param severeId the id of the SEVERE message
     */
    public void ourCredentialsRefused_isAnOutage_loggedSevereOnce(
            Consumer<Boolean> revokeKey, String providerCode, String severeId) {
        int logBefore = ServerLogText.read().length();
        revokeKey.accept(true);
        try {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, Http.post(request.apply("allow")).status());
                JsonObject event = lastEvent();
                assertTrue(event.getBoolean("degraded"));
                assertEquals("misconfigured", event.getString("reason"));
                assertEquals(providerCode, event.getString("providerCode"));
            }
            Http.post(request.apply("deny")).assertProblem(503, "captcha_unavailable", 5031, verifier);
        } finally {
            revokeKey.accept(false);
        }
        String logged = ServerLogText.read().substring(logBefore);
        assertEquals(1, logged.split(severeId, -1).length - 1, "one SEVERE for four refusals");
    }

    private JsonObject lastEvent() {
        return http.events().getJsonObject("last");
    }
}
