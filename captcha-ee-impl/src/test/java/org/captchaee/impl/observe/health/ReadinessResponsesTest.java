package org.captchaee.impl.observe.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.captchaee.OutagePolicy;
import org.captchaee.VerdictReason;
import org.captchaee.impl.observe.ProviderState;
import org.captchaee.impl.observe.VerifierStatus;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class ReadinessResponsesTest {

    private static final Instant SINCE = Instant.parse("2026-12-03T10:00:00Z");
    private static final VerifierUse ALLOW = new VerifierUse(Set.of(OutagePolicy.ALLOW), false);
    private static final VerifierUse DENY = new VerifierUse(Set.of(OutagePolicy.DENY), false);
    private static final VerifierStatus OUTAGE = status(ProviderState.OUTAGE);
    private static final VerifierStatus CIRCUIT_OPEN = status(ProviderState.CIRCUIT_OPEN);

    @Test
    void aVerifierNothingFailedFor_isUp_withItsStateAndUse() {
        VerifierStatus up =
                new VerifierStatus(ProviderState.UP, Optional.empty(), Optional.empty(), Optional.empty(), 0);
        HealthCheckResponse response = ReadinessResponses.verifier(
                "tencent",
                up,
                new VerifierUse(Set.of(OutagePolicy.DENY, OutagePolicy.ALLOW), false),
                Optional.of(false),
                false);
        assertEquals("captcha-tencent", response.getName());
        assertEquals(Status.UP, response.getStatus());
        assertEquals(
                Map.of(
                        "state",
                        "up",
                        "degraded_passes_2m",
                        0L,
                        "outage_policy",
                        "allow,deny",
                        "fallback",
                        false,
                        "cluster_outage",
                        false),
                data(response));
    }

    @Test
    void anOutage_staysUp_withWhenItBeganWhyAndTheDegradedPasses() {
        HealthCheckResponse response = ReadinessResponses.verifier("tencent", OUTAGE, ALLOW, Optional.of(true), false);
        assertEquals(Status.UP, response.getStatus());
        Map<String, Object> data = data(response);
        assertEquals("outage", data.get("state"));
        assertEquals("2026-12-03T10:00:00Z", data.get("since"));
        assertEquals("timeout", data.get("last_outage_reason"));
        assertEquals("timeout", data.get("last_outage_code"));
        assertEquals(3L, data.get("degraded_passes_2m"));
        assertEquals(true, data.get("cluster_outage"));
    }

    @Test
    void anOutage_underDeny_staysUp_unlessTheOperatorAsksForDown() {
        assertEquals(
                Status.UP,
                ReadinessResponses.verifier("tencent", OUTAGE, DENY, Optional.empty(), false)
                        .getStatus());
        assertEquals(
                Status.DOWN,
                ReadinessResponses.verifier("tencent", OUTAGE, DENY, Optional.empty(), true)
                        .getStatus());
    }

    @Test
    void downOnOutage_makesAnOutageOrAnOpenCircuitDown_underAnyPolicy() {
        HealthCheckResponse outage = ReadinessResponses.verifier("tencent", OUTAGE, ALLOW, Optional.empty(), true);
        HealthCheckResponse open = ReadinessResponses.verifier("tencent", CIRCUIT_OPEN, ALLOW, Optional.empty(), true);
        assertEquals(Status.DOWN, outage.getStatus());
        assertEquals(Status.DOWN, open.getStatus());
        assertEquals("circuit open", data(open).get("state"));
    }

    @Test
    void downOnOutage_leavesARecoveredVerifierUp() {
        VerifierStatus recovered = new VerifierStatus(
                ProviderState.UP, Optional.of(SINCE), Optional.of(VerdictReason.TIMEOUT), Optional.of("timeout"), 3);
        HealthCheckResponse response = ReadinessResponses.verifier("tencent", recovered, ALLOW, Optional.empty(), true);
        assertEquals(Status.UP, response.getStatus());
        assertEquals("timeout", data(response).get("last_outage_reason"), "the last outage stays visible");
    }

    @Test
    void theFallbackVerifier_saysSo_andHasNoPolicyOfItsOwn() {
        HealthCheckResponse response =
                ReadinessResponses.verifier("pin", OUTAGE, new VerifierUse(Set.of(), true), Optional.empty(), false);
        Map<String, Object> data = data(response);
        assertEquals(true, data.get("fallback"));
        assertFalse(data.containsKey("outage_policy"));
        assertFalse(data.containsKey("cluster_outage"), "the store could not tell");
    }

    @Test
    void aStoreThatAnswers_isUp() {
        HealthCheckResponse response = ReadinessResponses.store("redis", Optional.empty(), true, true);
        assertEquals("captcha-store", response.getName());
        assertEquals(Status.UP, response.getStatus());
        assertEquals(Map.of("store", "redis", "reachable", true), data(response));
    }

    @Test
    void aStoreThatCannotAnswer_isDown_whenAMethodDenies() {
        HealthCheckResponse response =
                ReadinessResponses.store("redis", Optional.of("Redis did not answer"), true, false);
        assertEquals(Status.DOWN, response.getStatus());
        assertEquals(Map.of("store", "redis", "reachable", false, "error", "Redis did not answer"), data(response));
    }

    @Test
    void aStoreThatCannotAnswer_isUp_whenNoMethodDenies_unlessTheOperatorAsksForDown() {
        assertEquals(
                Status.UP,
                ReadinessResponses.store("redis", Optional.of("down"), false, false)
                        .getStatus());
        assertEquals(
                Status.DOWN,
                ReadinessResponses.store("redis", Optional.of("down"), false, true)
                        .getStatus());
    }

    private static VerifierStatus status(ProviderState state) {
        return new VerifierStatus(
                state, Optional.of(SINCE), Optional.of(VerdictReason.TIMEOUT), Optional.of("timeout"), 3);
    }

    private static Map<String, Object> data(HealthCheckResponse response) {
        return response.getData().orElseThrow();
    }
}
