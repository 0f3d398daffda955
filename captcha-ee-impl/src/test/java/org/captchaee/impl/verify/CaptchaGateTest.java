package org.captchaee.impl.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.captchaee.CaptchaError;
import org.captchaee.OutagePolicy;
import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.config.CaptchaOperation;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaUnavailableException;
import org.captchaee.spi.CaptchaVerifier;
import org.junit.jupiter.api.Test;

class CaptchaGateTest {

    private static final Method METHOD = Object.class.getMethods()[0];
    private static final CaptchaSubmission WITH_TOKEN =
            new CaptchaSubmission(Map.of("X-Captcha-Token", "t"), "192.0.2.1", "login", null, METHOD);

    private final Map<String, CaptchaVerifier> verifiers = new HashMap<>();
    private final CaptchaGate gate = new CaptchaGate(verifiers::get);

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
}
