package org.captchaee.impl.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.captchaee.CaptchaError;
import org.captchaee.OutagePolicy;
import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.config.CaptchaOperation;
import org.captchaee.impl.state.InMemoryStateStore;
import org.captchaee.spi.CaptchaStateStore;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaUnavailableException;
import org.captchaee.spi.CaptchaVerifier;
import org.junit.jupiter.api.Test;

class CaptchaGateTest {

    private static final Method METHOD = Object.class.getMethods()[0];
    private static final CaptchaSubmission WITH_TOKEN =
            new CaptchaSubmission(Map.of("X-Captcha-Token", "t"), "192.0.2.1", "login", null, METHOD);

    private final Map<String, CaptchaVerifier> verifiers = new HashMap<>();
    private final AtomicLong millis = new AtomicLong(1);
    private final CaptchaStateStore store = new InMemoryStateStore(1_000, millis::get);
    private final CaptchaGate gate = new CaptchaGate(verifiers::get, new ReplayGuard(store));

    @Test
    void noCaptchaHeader_isRequired_withoutAskingTheVerifier() {
        AtomicInteger calls = new AtomicInteger();
        verifiers.put("primary", submission -> {
            calls.incrementAndGet();
            return Verdict.passed(null);
        });
        CaptchaSubmission empty = new CaptchaSubmission(Map.of(), "192.0.2.1", "", null, METHOD);
        Decision decision = gate.decide(operation(OutagePolicy.ALLOW), empty);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_REQUIRED), decision.refusal());
        assertEquals(VerdictReason.MISSING, decision.verdict().reason());
        assertEquals(0, calls.get());
    }

    @Test
    void pass_letsTheCallRun() {
        verifiers.put("primary", submission -> Verdict.passed("1"));
        Decision decision = gate.decide(operation(OutagePolicy.DENY), WITH_TOKEN);
        assertTrue(decision.refusal().isEmpty());
        assertEquals("primary", decision.verifier());
        assertFalse(decision.verdict().degraded());
    }

    @Test
    void aCaptchaThatPassed_isReplayedTheSecondTime_untilItsWindowEnds() {
        verifiers.put("primary", new OneTimeVerifier(Duration.ofMinutes(5)));
        assertTrue(
                gate.decide(operation(OutagePolicy.ALLOW), WITH_TOKEN).refusal().isEmpty());

        Decision replay = gate.decide(operation(OutagePolicy.ALLOW), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_INVALID), replay.refusal());
        assertEquals(VerdictReason.REPLAYED, replay.verdict().reason());

        CaptchaSubmission other =
                new CaptchaSubmission(Map.of("X-Captcha-Token", "u"), "192.0.2.1", "login", null, METHOD);
        assertTrue(gate.decide(operation(OutagePolicy.ALLOW), other).refusal().isEmpty(), "another token");

        millis.addAndGet(Duration.ofMinutes(5).toMillis() + 1);
        assertTrue(
                gate.decide(operation(OutagePolicy.ALLOW), WITH_TOKEN).refusal().isEmpty(), "window over");
    }

    @Test
    void theSameCaptchaForTwoVerifiers_isTwoCaptchas() {
        verifiers.put("primary", new OneTimeVerifier(Duration.ofMinutes(5)));
        verifiers.put("other", new OneTimeVerifier(Duration.ofMinutes(5)));
        assertTrue(
                gate.decide(operation(OutagePolicy.ALLOW), WITH_TOKEN).refusal().isEmpty());
        CaptchaOperation other = new CaptchaOperation("other", "login", OutagePolicy.ALLOW, Optional.empty());
        assertTrue(gate.decide(other, WITH_TOKEN).refusal().isEmpty());
    }

    @Test
    void aZeroReplayWindow_letsTokensBeReused() {
        verifiers.put("primary", new OneTimeVerifier(Duration.ZERO));
        assertTrue(
                gate.decide(operation(OutagePolicy.ALLOW), WITH_TOKEN).refusal().isEmpty());
        assertTrue(
                gate.decide(operation(OutagePolicy.ALLOW), WITH_TOKEN).refusal().isEmpty());
    }

    @Test
    void aFailingStateStore_isAnOutage_soThePolicyDecides() {
        CaptchaStateStore broken = new InMemoryStateStore(1_000, millis::get) {
            @Override
            public boolean putIfAbsent(String key, Duration ttl) {
                throw new IllegalStateException("store down");
            }
        };
        CaptchaGate withBrokenStore = new CaptchaGate(verifiers::get, new ReplayGuard(broken));
        verifiers.put("primary", new OneTimeVerifier(Duration.ofMinutes(5)));

        Decision denied = withBrokenStore.decide(operation(OutagePolicy.DENY), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_UNAVAILABLE), denied.refusal());
        Decision allowed = withBrokenStore.decide(operation(OutagePolicy.ALLOW), WITH_TOKEN);
        assertTrue(allowed.verdict().degraded());
    }

    @Test
    void rejections_mapToTheirAnswers_underEveryPolicy() {
        Map<VerdictReason, CaptchaError> expected = Map.of(
                VerdictReason.MISSING, CaptchaError.CAPTCHA_REQUIRED,
                VerdictReason.MALFORMED, CaptchaError.CAPTCHA_MALFORMED,
                VerdictReason.INVALID, CaptchaError.CAPTCHA_INVALID,
                VerdictReason.EXPIRED, CaptchaError.CAPTCHA_INVALID,
                VerdictReason.REPLAYED, CaptchaError.CAPTCHA_INVALID,
                VerdictReason.RISKY, CaptchaError.CAPTCHA_INVALID,
                VerdictReason.MISCONFIGURED, CaptchaError.CAPTCHA_INVALID,
                VerdictReason.VERIFIER_FAILED, CaptchaError.CAPTCHA_INVALID);
        verifiers.put("fallback", submission -> Verdict.passed(null));
        for (OutagePolicy policy : new OutagePolicy[] {OutagePolicy.ALLOW, OutagePolicy.DENY, OutagePolicy.FALLBACK}) {
            expected.forEach((reason, error) -> {
                verifiers.put("primary", submission -> Verdict.rejected(reason, "PROVIDER-CODE-77"));
                Decision decision = gate.decide(operation(policy), WITH_TOKEN);
                assertEquals(Optional.of(error), decision.refusal(), policy + " " + reason);
                assertEquals("primary", decision.verifier());
                assertFalse(decision.detail().contains("PROVIDER-CODE-77"));
            });
        }
    }

    @Test
    void outageUnderAllow_isADegradedPass() {
        verifiers.put("primary", submission -> Verdict.unavailable(VerdictReason.PROVIDER_BUSY, "26"));
        Decision decision = gate.decide(operation(OutagePolicy.ALLOW), WITH_TOKEN);
        assertTrue(decision.refusal().isEmpty());
        assertTrue(decision.verdict().degraded());
        assertEquals(VerdictReason.PROVIDER_BUSY, decision.verdict().reason());
        assertEquals(Optional.of("26"), decision.verdict().providerCode());
    }

    @Test
    void outageUnderDeny_isUnavailable() {
        verifiers.put("primary", submission -> {
            throw new CaptchaUnavailableException(VerdictReason.TIMEOUT, null, "slow", null);
        });
        Decision decision = gate.decide(operation(OutagePolicy.DENY), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_UNAVAILABLE), decision.refusal());
        assertEquals(Verdict.unavailable(VerdictReason.TIMEOUT, null), decision.verdict());
    }

    @Test
    void outageUnderFallback_passesOnlyWithTheFallbacksCaptcha_andNotDegraded() {
        verifiers.put("primary", submission -> Verdict.unavailable(VerdictReason.PROVIDER_ERROR, null));
        verifiers.put("fallback", submission -> Verdict.passed("ok"));
        Decision decision = gate.decide(operation(OutagePolicy.FALLBACK), WITH_TOKEN);
        assertTrue(decision.refusal().isEmpty());
        assertEquals("fallback", decision.verifier());
        assertFalse(decision.verdict().degraded());

        verifiers.put("fallback", submission -> Verdict.rejected(VerdictReason.INVALID, null));
        decision = gate.decide(operation(OutagePolicy.FALLBACK), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_REQUIRED), decision.refusal());
        assertEquals("fallback", decision.verifier());

        verifiers.put("fallback", submission -> Verdict.unavailable(VerdictReason.TIMEOUT, null));
        decision = gate.decide(operation(OutagePolicy.FALLBACK), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_UNAVAILABLE), decision.refusal());
    }

    @Test
    void disasterTicketRefused_underFallback_asksForTheFallbackCaptcha_elseIsInvalid() {
        verifiers.put("primary", submission -> Verdict.rejected(VerdictReason.DISASTER_TICKET, "disaster-ticket"));
        verifiers.put("fallback", submission -> Verdict.rejected(VerdictReason.MISSING, null));
        Decision decision = gate.decide(operation(OutagePolicy.FALLBACK), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_REQUIRED), decision.refusal());
        assertEquals("fallback", decision.verifier());

        verifiers.put("fallback", submission -> Verdict.passed("ok"));
        decision = gate.decide(operation(OutagePolicy.FALLBACK), WITH_TOKEN);
        assertTrue(decision.refusal().isEmpty());
        assertFalse(decision.verdict().degraded());

        for (OutagePolicy policy : new OutagePolicy[] {OutagePolicy.ALLOW, OutagePolicy.DENY}) {
            decision = gate.decide(operation(policy), WITH_TOKEN);
            assertEquals(Optional.of(CaptchaError.CAPTCHA_INVALID), decision.refusal(), policy.name());
            assertEquals("primary", decision.verifier());
        }
    }

    @Test
    void verifierBug_isARejection_neverAnOutagePass() {
        verifiers.put("primary", submission -> {
            throw new IllegalStateException("boom");
        });
        Decision decision = gate.decide(operation(OutagePolicy.ALLOW), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_INVALID), decision.refusal());
        assertEquals(VerdictReason.VERIFIER_FAILED, decision.verdict().reason());
    }

    @Test
    void missingVerdict_isARejection() {
        verifiers.put("primary", submission -> null);
        Decision decision = gate.decide(operation(OutagePolicy.ALLOW), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_INVALID), decision.refusal());
    }

    private static CaptchaOperation operation(OutagePolicy policy) {
        Optional<String> fallback = policy == OutagePolicy.FALLBACK ? Optional.of("fallback") : Optional.empty();
        return new CaptchaOperation("primary", "login", policy, fallback);
    }

    /** Passes every captcha; the gate's replay guard is what makes it one-time. */
    private record OneTimeVerifier(Duration replayWindow) implements CaptchaVerifier {
        @Override
        public Verdict verify(CaptchaSubmission submission) {
            return Verdict.passed(null);
        }
    }
}
