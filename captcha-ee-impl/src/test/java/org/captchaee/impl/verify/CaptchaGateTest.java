package org.captchaee.impl.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.captchaee.CaptchaError;
import org.captchaee.OutagePolicy;
import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.observe.GuardSignals;
import org.captchaee.impl.runtime.AllowBudget;
import org.captchaee.impl.runtime.CaptchaOperation;
import org.captchaee.impl.state.InMemoryStateStore;
import org.captchaee.impl.state.OutageLedger;
import org.captchaee.impl.state.SharedState;
import org.captchaee.impl.state.TestStates;
import org.captchaee.impl.state.UnreachableStore;
import org.captchaee.spi.CaptchaStateStore;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaUnavailableException;
import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.StateStoreFullException;
import org.junit.jupiter.api.Test;

class CaptchaGateTest {

    private static final Method METHOD = Object.class.getMethods()[0];
    private static final CaptchaSubmission WITH_TOKEN =
            new CaptchaSubmission(Map.of("X-Captcha-Token", "t"), "192.0.2.1", "login", null, METHOD);

    private final Map<String, CaptchaVerifier> verifiers = new HashMap<>();
    private final AtomicLong millis = new AtomicLong(1);
    private final CaptchaStateStore store = new InMemoryStateStore(1_000, millis::get);
    private final CaptchaGate gate = gateOn(store, AllowBudget.UNLIMITED);

    private CaptchaGate gateOn(CaptchaStateStore on, AllowBudget budget) {
        SharedState state = TestStates.over(on);
        return new CaptchaGate(verifiers::get, state, new OutageLedger(state), budget, new GuardSignals());
    }

    @Test
    void noCaptchaHeader_isRequired_withoutAskingTheVerifier() {
        AtomicInteger calls = new AtomicInteger();
        verifiers.put("primary", submission -> {
            calls.incrementAndGet();
            return Verdict.passed(null);
        });
        CaptchaSubmission empty = new CaptchaSubmission(Map.of(), "192.0.2.1", "", null, METHOD);
        Decision decision = decide(gate, operation(OutagePolicy.ALLOW), empty);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_REQUIRED), decision.refusal());
        assertEquals(VerdictReason.MISSING, decision.verdict().reason());
        assertEquals(0, calls.get());
    }

    @Test
    void pass_letsTheCallRun() {
        verifiers.put("primary", readingAll(Verdict.passed("1")));
        Decision decision = decide(gate, operation(OutagePolicy.DENY), WITH_TOKEN);
        assertTrue(decision.refusal().isEmpty());
        assertEquals("primary", decision.verifier());
        assertFalse(decision.verdict().degraded());
    }

    @Test
    void aCaptchaThatPassed_isReplayedTheSecondTime_untilItsWindowEnds() {
        verifiers.put("primary", new OneTimeVerifier(Duration.ofMinutes(5)));
        assertTrue(decide(gate, operation(OutagePolicy.ALLOW), WITH_TOKEN)
                .refusal()
                .isEmpty());

        Decision replay = decide(gate, operation(OutagePolicy.ALLOW), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_INVALID), replay.refusal());
        assertEquals(VerdictReason.REPLAYED, replay.verdict().reason());

        CaptchaSubmission other =
                new CaptchaSubmission(Map.of("X-Captcha-Token", "u"), "192.0.2.1", "login", null, METHOD);
        assertTrue(decide(gate, operation(OutagePolicy.ALLOW), other).refusal().isEmpty(), "another token");

        millis.addAndGet(Duration.ofMinutes(5).toMillis() + 1);
        assertTrue(
                decide(gate, operation(OutagePolicy.ALLOW), WITH_TOKEN)
                        .refusal()
                        .isEmpty(),
                "window over");
    }

    @Test
    void theSameCaptchaForTwoVerifiers_isTwoCaptchas() {
        verifiers.put("primary", new OneTimeVerifier(Duration.ofMinutes(5)));
        verifiers.put("other", new OneTimeVerifier(Duration.ofMinutes(5)));
        assertTrue(decide(gate, operation(OutagePolicy.ALLOW), WITH_TOKEN)
                .refusal()
                .isEmpty());
        CaptchaOperation other = new CaptchaOperation("other", "login", OutagePolicy.ALLOW, Optional.empty());
        assertTrue(decide(gate, other, WITH_TOKEN).refusal().isEmpty());
    }

    @Test
    void aZeroReplayWindow_letsTokensBeReused() {
        verifiers.put("primary", new OneTimeVerifier(Duration.ZERO));
        assertTrue(decide(gate, operation(OutagePolicy.ALLOW), WITH_TOKEN)
                .refusal()
                .isEmpty());
        assertTrue(decide(gate, operation(OutagePolicy.ALLOW), WITH_TOKEN)
                .refusal()
                .isEmpty());
    }

    @Test
    void aFailingStateStore_isOurOwnTrouble_refusedWith503_neverPassed() {
        CaptchaStateStore broken = new InMemoryStateStore(1_000, millis::get) {
            @Override
            public boolean putIfAbsent(String key, Duration ttl) {
                throw new IllegalStateException("store down");
            }
        };
        CaptchaGate withBrokenStore = gateOn(broken, AllowBudget.UNLIMITED);
        verifiers.put("primary", new OneTimeVerifier(Duration.ofMinutes(5)));

        for (OutagePolicy policy : new OutagePolicy[] {OutagePolicy.ALLOW, OutagePolicy.DENY}) {
            Decision decision = decide(withBrokenStore, operation(policy), WITH_TOKEN);
            assertEquals(Optional.of(CaptchaError.CAPTCHA_UNAVAILABLE), decision.refusal(), policy.name());
            assertEquals(VerdictReason.SERVER_BUSY, decision.verdict().reason());
            assertFalse(decision.verdict().degraded());
        }
    }

    @Test
    void aVerifierThatCannotSpendItsTokenInAFullStore_isRefusedWith503_neverPassed() {
        verifiers.put("primary", submission -> {
            throw new StateStoreFullException("full");
        });
        Decision decision = decide(gate, operation(OutagePolicy.ALLOW), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_UNAVAILABLE), decision.refusal());
        assertEquals(VerdictReason.SERVER_BUSY, decision.verdict().reason());
    }

    @Test
    void aSolvedCaptchaSentAgainWithAnExtraHeader_isNeverNew() {
        verifiers.put("primary", new OneTimeVerifier(Duration.ofMinutes(5)));
        assertTrue(decide(gate, operation(OutagePolicy.ALLOW), WITH_TOKEN)
                .refusal()
                .isEmpty());
        for (int n = 1; n <= 3; n++) {
            CaptchaSubmission padded = new CaptchaSubmission(
                    Map.of("X-Captcha-Token", "t", "X-Captcha-N", Integer.toString(n)),
                    "192.0.2.1",
                    "login",
                    null,
                    METHOD);
            Decision again = decide(gate, operation(OutagePolicy.ALLOW), padded);
            assertFalse(again.refusal().isEmpty(), "replay with X-Captcha-N: " + n);
        }
        assertEquals(
                VerdictReason.REPLAYED,
                decide(gate, operation(OutagePolicy.ALLOW), WITH_TOKEN)
                        .verdict()
                        .reason());
    }

    @Test
    void aHeaderNoVerifierOfTheEndpointReads_isMalformed_namingTheHeaderNotItsValue() {
        verifiers.put("primary", new OneTimeVerifier(Duration.ofMinutes(5)));
        CaptchaSubmission padded = new CaptchaSubmission(
                Map.of("X-Captcha-Token", "fresh", "X-Captcha-Extra", "SECRET-VALUE"), "192.0.2.1", "", null, METHOD);
        Decision undeclared = decide(gate, operation(OutagePolicy.DENY), padded);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_MALFORMED), undeclared.refusal());
        assertTrue(
                undeclared.detail().english().contains("X-Captcha-Extra"),
                undeclared.detail().english());
        assertFalse(undeclared.detail().english().contains("SECRET-VALUE"));

        AtomicInteger calls = new AtomicInteger();
        verifiers.put("primary", new DeclaringVerifier() {
            @Override
            public Verdict verify(CaptchaSubmission submission) {
                calls.incrementAndGet();
                return super.verify(submission);
            }
        });
        Decision declared = decide(gate, operation(OutagePolicy.DENY), padded);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_MALFORMED), declared.refusal());
        assertTrue(
                declared.detail().english().contains("X-Captcha-Extra"),
                declared.detail().english());
        assertEquals(0, calls.get(), "a declaring verifier is not even asked");
    }

    @Test
    void theFallbacksHeaders_areNotStray() {
        verifiers.put("primary", new DeclaringVerifier());
        verifiers.put("fallback", new CaptchaVerifier() {
            @Override
            public Verdict verify(CaptchaSubmission submission) {
                return Verdict.rejected(VerdictReason.MISSING, null);
            }

            @Override
            public Set<String> headers() {
                return Set.of("X-Captcha-Answer");
            }
        });
        CaptchaSubmission both = new CaptchaSubmission(
                Map.of("X-Captcha-Token", "t", "X-Captcha-Answer", "a"), "192.0.2.1", "", null, METHOD);
        assertTrue(
                decide(gate, operation(OutagePolicy.FALLBACK), both).refusal().isEmpty());
        assertEquals(
                Optional.of(CaptchaError.CAPTCHA_MALFORMED),
                decide(gate, operation(OutagePolicy.DENY), both).refusal(),
                "without a fallback, nothing reads X-Captcha-Answer");
    }

    @Test
    void ourOwnOverload_isNeverAPassNorAnOutage_503_orTheFallbackCaptcha() {
        AtomicInteger fallbackCalls = new AtomicInteger();
        verifiers.put("primary", submission -> Verdict.rejected(VerdictReason.SERVER_BUSY, "bulkhead-full"));
        verifiers.put("fallback", submission -> {
            fallbackCalls.incrementAndGet();
            return Verdict.rejected(VerdictReason.MISSING, null);
        });
        for (OutagePolicy policy : new OutagePolicy[] {OutagePolicy.ALLOW, OutagePolicy.DENY}) {
            Decision decision = decide(gate, operation(policy), WITH_TOKEN);
            assertEquals(Optional.of(CaptchaError.CAPTCHA_UNAVAILABLE), decision.refusal(), policy.name());
            assertFalse(decision.verdict().degraded());
        }
        Decision underFallback = decide(gate, operation(OutagePolicy.FALLBACK), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_REQUIRED), underFallback.refusal());
        assertEquals("fallback", underFallback.verifier());
        assertEquals(1, fallbackCalls.get());

        // the provider was not marked down: a request without a captcha is still asked for the primary's
        CaptchaSubmission nothing = new CaptchaSubmission(Map.of(), "192.0.2.1", "login", null, METHOD);
        assertEquals(
                "primary",
                decide(gate, operation(OutagePolicy.FALLBACK), nothing).verifier());
    }

    @Test
    void theDefaultAllowBudget_boundsOutagePassesPerClient_disasterTicketsIncluded() {
        CaptchaGate byDefault = gateOn(
                store,
                new AllowBudget(AllowBudget.DEFAULT_PER_CLIENT, 0, AllowBudget.DEFAULT_WINDOW, Optional.empty()));
        // an accepted disaster ticket is an outage verdict: the policy allow lets it pass, within the budget
        verifiers.put("primary", readingAll(Verdict.unavailable(VerdictReason.PROVIDER_ERROR, "disaster-ticket")));
        for (int i = 0; i < AllowBudget.DEFAULT_PER_CLIENT; i++) {
            assertTrue(decide(byDefault, operation(OutagePolicy.ALLOW), WITH_TOKEN)
                    .verdict()
                    .degraded());
        }
        assertEquals(
                Optional.of(CaptchaError.CAPTCHA_UNAVAILABLE),
                decide(byDefault, operation(OutagePolicy.ALLOW), WITH_TOKEN).refusal());
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
        verifiers.put("fallback", readingAll(Verdict.passed(null)));
        for (OutagePolicy policy : new OutagePolicy[] {OutagePolicy.ALLOW, OutagePolicy.DENY, OutagePolicy.FALLBACK}) {
            expected.forEach((reason, error) -> {
                verifiers.put("primary", submission -> Verdict.rejected(reason, "PROVIDER-CODE-77"));
                Decision decision = decide(gate, operation(policy), WITH_TOKEN);
                assertEquals(Optional.of(error), decision.refusal(), policy + " " + reason);
                assertEquals("primary", decision.verifier());
                assertFalse(decision.detail().english().contains("PROVIDER-CODE-77"));
            });
        }
    }

    @Test
    void outageUnderAllow_isADegradedPass() {
        verifiers.put("primary", submission -> Verdict.unavailable(VerdictReason.PROVIDER_BUSY, "26"));
        Decision decision = decide(gate, operation(OutagePolicy.ALLOW), WITH_TOKEN);
        assertTrue(decision.refusal().isEmpty());
        assertTrue(decision.verdict().degraded());
        assertEquals(VerdictReason.PROVIDER_BUSY, decision.verdict().reason());
        assertEquals(Optional.of("26"), decision.verdict().providerCode());
    }

    @Test
    void whileThePrimaryIsDown_underFallback_theFallbackCaptchaAloneIsEnough_untilThePrimaryPassesAgain() {
        Map<String, Verdict> primaryAnswers = new HashMap<>();
        verifiers.put("primary", submission -> submission
                .header("X-Captcha-Ticket")
                .map(ticket -> primaryAnswers.get("ticket"))
                .orElse(Verdict.rejected(VerdictReason.MISSING, null)));
        verifiers.put("fallback", submission -> submission
                .header("X-Captcha-Token")
                .map(token -> Verdict.passed("fallback-ok"))
                .orElse(Verdict.rejected(VerdictReason.MISSING, null)));
        CaptchaSubmission fallbackOnly = WITH_TOKEN;
        CaptchaSubmission ticket =
                new CaptchaSubmission(Map.of("X-Captcha-Ticket", "t1"), "192.0.2.1", "login", null, METHOD);
        CaptchaSubmission nothing = new CaptchaSubmission(Map.of(), "192.0.2.1", "login", null, METHOD);

        // healthy: the fallback token alone is not enough, and an empty request is asked for the primary
        assertEquals(
                "primary",
                decide(gate, operation(OutagePolicy.FALLBACK), fallbackOnly).verifier());
        assertEquals(
                "primary",
                decide(gate, operation(OutagePolicy.FALLBACK), nothing).verifier());

        primaryAnswers.put("ticket", Verdict.unavailable(VerdictReason.TIMEOUT, null));
        Decision down = decide(gate, operation(OutagePolicy.FALLBACK), ticket);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_REQUIRED), down.refusal());
        assertEquals("fallback", down.verifier());

        assertEquals(
                "fallback",
                decide(gate, operation(OutagePolicy.FALLBACK), nothing).verifier());
        Decision passed = decide(gate, operation(OutagePolicy.FALLBACK), fallbackOnly);
        assertTrue(passed.refusal().isEmpty());
        assertFalse(passed.verdict().degraded());
        assertEquals("fallback", passed.verifier());

        primaryAnswers.put("ticket", Verdict.passed("ok"));
        assertTrue(
                decide(gate, operation(OutagePolicy.FALLBACK), ticket).refusal().isEmpty(), "the primary is back");
        assertEquals(
                "primary",
                decide(gate, operation(OutagePolicy.FALLBACK), nothing).verifier());
    }

    @Test
    void afterADisasterTicket_underFallback_thatClientsFallbackTokenAloneIsEnough() {
        verifiers.put("primary", submission -> submission
                .header("X-Captcha-Ticket")
                .map(ticket -> Verdict.rejected(VerdictReason.DISASTER_TICKET, "disaster-ticket"))
                .orElse(Verdict.rejected(VerdictReason.MISSING, null)));
        verifiers.put("fallback", submission -> submission
                .header("X-Captcha-Token")
                .map(token -> Verdict.passed("fallback-ok"))
                .orElse(Verdict.rejected(VerdictReason.MISSING, null)));
        CaptchaSubmission disaster =
                new CaptchaSubmission(Map.of("X-Captcha-Ticket", "terror_1"), "192.0.2.5", "login", null, METHOD);
        assertEquals(
                "fallback",
                decide(gate, operation(OutagePolicy.FALLBACK), disaster).verifier());

        CaptchaSubmission token =
                new CaptchaSubmission(Map.of("X-Captcha-Token", "t"), "192.0.2.5", "login", null, METHOD);
        Decision served = decide(gate, operation(OutagePolicy.FALLBACK), token);
        assertTrue(served.refusal().isEmpty(), served.verifier() + " " + served.verdict());
        CaptchaSubmission otherClient =
                new CaptchaSubmission(Map.of("X-Captcha-Token", "u"), "192.0.2.6", "login", null, METHOD);
        assertEquals(
                "primary",
                decide(gate, operation(OutagePolicy.FALLBACK), otherClient).verifier(),
                "only that one");
    }

    @Test
    void afterADisasterToken_aFallbackTokenInTheSameHeader_passesWithoutReachingThePrimary() {
        AtomicLong primaryCalls = new AtomicLong();
        verifiers.put("primary", submission -> {
            primaryCalls.incrementAndGet();
            return submission
                    .header("X-Captcha-Token")
                    .map(token -> token.startsWith("disaster")
                            ? Verdict.rejected(VerdictReason.DISASTER_TICKET, "disaster-ticket")
                            : Verdict.rejected(VerdictReason.MALFORMED, "F003"))
                    .orElse(Verdict.rejected(VerdictReason.MISSING, null));
        });
        verifiers.put("fallback", submission -> submission
                .header("X-Captcha-Token")
                .map(token -> token.startsWith("p1.")
                        ? Verdict.passed("fallback-ok")
                        : Verdict.rejected(VerdictReason.MALFORMED, null))
                .orElse(Verdict.rejected(VerdictReason.MISSING, null)));
        CaptchaSubmission disaster =
                new CaptchaSubmission(Map.of("X-Captcha-Token", "disaster-1"), "192.0.2.7", "login", null, METHOD);
        assertEquals(
                Optional.of(CaptchaError.CAPTCHA_REQUIRED),
                decide(gate, operation(OutagePolicy.FALLBACK), disaster).refusal());
        long callsBefore = primaryCalls.get();

        CaptchaSubmission solved =
                new CaptchaSubmission(Map.of("X-Captcha-Token", "p1.ok"), "192.0.2.7", "login", null, METHOD);
        Decision served = decide(gate, operation(OutagePolicy.FALLBACK), solved);
        assertTrue(served.refusal().isEmpty(), served.verifier() + " " + served.verdict());
        assertEquals("fallback", served.verifier());
        assertEquals(callsBefore, primaryCalls.get(), "the fallback's token never reaches the primary's provider");

        CaptchaSubmission forged =
                new CaptchaSubmission(Map.of("X-Captcha-Token", "forged"), "192.0.2.7", "login", null, METHOD);
        assertEquals(
                Optional.of(CaptchaError.CAPTCHA_MALFORMED),
                decide(gate, operation(OutagePolicy.FALLBACK), forged).refusal(),
                "anything else is still the primary's to judge");
    }

    @Test
    void theAllowBudget_boundsDegradedPasses_perClientAndOverall_thenTheFallbackDecides() {
        CaptchaGate bounded = gateOn(store, new AllowBudget(2, 3, Duration.ofMinutes(10), Optional.of("fallback")));
        verifiers.put("primary", submission -> Verdict.unavailable(VerdictReason.PROVIDER_ERROR, null));
        verifiers.put("fallback", submission -> Verdict.rejected(VerdictReason.MISSING, null));
        CaptchaSubmission other =
                new CaptchaSubmission(Map.of("X-Captcha-Token", "t"), "192.0.2.2", "login", null, METHOD);

        assertTrue(decide(bounded, operation(OutagePolicy.ALLOW), WITH_TOKEN)
                .verdict()
                .degraded());
        assertTrue(decide(bounded, operation(OutagePolicy.ALLOW), WITH_TOKEN)
                .verdict()
                .degraded());
        Decision third = decide(bounded, operation(OutagePolicy.ALLOW), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_REQUIRED), third.refusal(), "past 2 for this client");
        assertEquals("fallback", third.verifier());

        assertTrue(
                decide(bounded, operation(OutagePolicy.ALLOW), other).verdict().degraded(), "3rd overall");
        assertEquals(
                Optional.of(CaptchaError.CAPTCHA_REQUIRED),
                decide(bounded, operation(OutagePolicy.ALLOW), other).refusal(),
                "past 3 overall");

        // past its budget, the client is served by the fallback like under the policy fallback, its token alone is
        // enough
        verifiers.put("primary", submission -> submission
                .header("X-Captcha-Ticket")
                .map(ticket -> Verdict.unavailable(VerdictReason.PROVIDER_ERROR, null))
                .orElse(Verdict.rejected(VerdictReason.MISSING, null)));
        verifiers.put("fallback", readingAll(Verdict.passed("fallback-ok")));
        CaptchaSubmission fallbackToken =
                new CaptchaSubmission(Map.of("X-Captcha-Fallback", "f"), "192.0.2.1", "login", null, METHOD);
        Decision served = decide(bounded, operation(OutagePolicy.ALLOW), fallbackToken);
        assertTrue(served.refusal().isEmpty());
        assertEquals("fallback", served.verifier());
        assertFalse(served.verdict().degraded());

        verifiers.put("primary", submission -> Verdict.unavailable(VerdictReason.PROVIDER_ERROR, null));
        CaptchaGate noFallback = gateOn(store, new AllowBudget(1, 0, Duration.ofMinutes(10), Optional.empty()));
        CaptchaSubmission third3 =
                new CaptchaSubmission(Map.of("X-Captcha-Token", "t"), "192.0.2.3", "login", null, METHOD);
        assertTrue(decide(noFallback, operation(OutagePolicy.ALLOW), third3)
                .verdict()
                .degraded());
        assertEquals(
                Optional.of(CaptchaError.CAPTCHA_UNAVAILABLE),
                decide(noFallback, operation(OutagePolicy.ALLOW), third3).refusal());
    }

    @Test
    void theAllowBudget_isKeptPerClientKey_soAddressesOfOneIpv6PrefixShareIt() {
        CaptchaGate bounded = gateOn(store, new AllowBudget(1, 0, Duration.ofMinutes(10), Optional.empty()));
        verifiers.put("primary", readingAll(Verdict.unavailable(VerdictReason.PROVIDER_ERROR, null)));
        String prefix = "2001:db8:1:2::/64";
        CaptchaSubmission first =
                new CaptchaSubmission(Map.of("X-Captcha-Token", "t"), "2001:db8:1:2::1", "login", null, METHOD);
        CaptchaSubmission rotated =
                new CaptchaSubmission(Map.of("X-Captcha-Token", "t"), "2001:db8:1:2::2", "login", null, METHOD);
        assertTrue(bounded.decide(operation(OutagePolicy.ALLOW), first, prefix)
                .verdict()
                .degraded());
        assertEquals(
                Optional.of(CaptchaError.CAPTCHA_UNAVAILABLE),
                bounded.decide(operation(OutagePolicy.ALLOW), rotated, prefix).refusal());
    }

    @Test
    void outageUnderDeny_isUnavailable() {
        verifiers.put("primary", submission -> {
            throw new CaptchaUnavailableException(VerdictReason.TIMEOUT, null, "slow", null);
        });
        Decision decision = decide(gate, operation(OutagePolicy.DENY), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_UNAVAILABLE), decision.refusal());
        assertEquals(Verdict.unavailable(VerdictReason.TIMEOUT, null), decision.verdict());
    }

    @Test
    void outageUnderFallback_passesOnlyWithTheFallbacksCaptcha_andNotDegraded() {
        verifiers.put("primary", submission -> Verdict.unavailable(VerdictReason.PROVIDER_ERROR, null));
        verifiers.put("fallback", readingAll(Verdict.passed("ok")));
        Decision decision = decide(gate, operation(OutagePolicy.FALLBACK), WITH_TOKEN);
        assertTrue(decision.refusal().isEmpty());
        assertEquals("fallback", decision.verifier());
        assertFalse(decision.verdict().degraded());

        verifiers.put("fallback", submission -> Verdict.rejected(VerdictReason.INVALID, null));
        decision = decide(gate, operation(OutagePolicy.FALLBACK), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_REQUIRED), decision.refusal());
        assertEquals("fallback", decision.verifier());

        verifiers.put("fallback", submission -> Verdict.unavailable(VerdictReason.TIMEOUT, null));
        decision = decide(gate, operation(OutagePolicy.FALLBACK), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_UNAVAILABLE), decision.refusal());
    }

    @Test
    void disasterTicketRefused_underFallback_asksForTheFallbackCaptcha_elseIsInvalid() {
        verifiers.put("primary", submission -> Verdict.rejected(VerdictReason.DISASTER_TICKET, "disaster-ticket"));
        verifiers.put("fallback", submission -> Verdict.rejected(VerdictReason.MISSING, null));
        Decision decision = decide(gate, operation(OutagePolicy.FALLBACK), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_REQUIRED), decision.refusal());
        assertEquals("fallback", decision.verifier());

        verifiers.put("fallback", readingAll(Verdict.passed("ok")));
        decision = decide(gate, operation(OutagePolicy.FALLBACK), WITH_TOKEN);
        assertTrue(decision.refusal().isEmpty());
        assertFalse(decision.verdict().degraded());

        for (OutagePolicy policy : new OutagePolicy[] {OutagePolicy.ALLOW, OutagePolicy.DENY}) {
            decision = decide(gate, operation(policy), WITH_TOKEN);
            assertEquals(Optional.of(CaptchaError.CAPTCHA_INVALID), decision.refusal(), policy.name());
            assertEquals("primary", decision.verifier());
        }
    }

    @Test
    void verifierBug_isARejection_neverAnOutagePass() {
        verifiers.put("primary", submission -> {
            throw new IllegalStateException("boom");
        });
        Decision decision = decide(gate, operation(OutagePolicy.ALLOW), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_INVALID), decision.refusal());
        assertEquals(VerdictReason.VERIFIER_FAILED, decision.verdict().reason());
    }

    @Test
    void missingVerdict_isARejection() {
        verifiers.put("primary", submission -> null);
        Decision decision = decide(gate, operation(OutagePolicy.ALLOW), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_INVALID), decision.refusal());
    }

    @Test
    void aStoreThatCannotBeReached_isAnOutageOfOurOwn_forTheOutagePolicy_withTheAllowBudgetCountedOnThisNode() {
        CaptchaGate unreachable =
                gateOn(new UnreachableStore(), new AllowBudget(2, 0, Duration.ofMinutes(10), Optional.empty()));
        verifiers.put("primary", new OneTimeVerifier(Duration.ofMinutes(5)));

        Decision denied = decide(unreachable, operation(OutagePolicy.DENY), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_UNAVAILABLE), denied.refusal());
        assertEquals(VerdictReason.STORE_UNAVAILABLE, denied.verdict().reason());
        for (int i = 0; i < 2; i++) {
            Decision allowed = decide(unreachable, operation(OutagePolicy.ALLOW), WITH_TOKEN);
            assertTrue(allowed.refusal().isEmpty());
            assertTrue(allowed.verdict().degraded());
            assertEquals(VerdictReason.STORE_UNAVAILABLE, allowed.verdict().reason());
        }
        assertEquals(
                Optional.of(CaptchaError.CAPTCHA_UNAVAILABLE),
                decide(unreachable, operation(OutagePolicy.ALLOW), WITH_TOKEN).refusal(),
                "past the budget counted on this node");
        verifiers.put("fallback", new OneTimeVerifier(Duration.ofMinutes(5)));
        assertEquals(
                Optional.of(CaptchaError.CAPTCHA_UNAVAILABLE),
                decide(unreachable, operation(OutagePolicy.FALLBACK), WITH_TOKEN)
                        .refusal(),
                "the fallback captcha needs the store too");
    }

    @Test
    void aStoreThatCannotBeReached_neverTurnsARejectionIntoAPass() {
        CaptchaGate unreachable = gateOn(new UnreachableStore(), AllowBudget.UNLIMITED);
        verifiers.put("primary", readingAll(Verdict.rejected(VerdictReason.INVALID, "9")));
        Decision decision = decide(unreachable, operation(OutagePolicy.ALLOW), WITH_TOKEN);
        assertEquals(Optional.of(CaptchaError.CAPTCHA_INVALID), decision.refusal());
    }

    @Test
    void acceptedDisasterTickets_neverKeepAnOutageAlive() {
        OutageLedger ledger = new OutageLedger(TestStates.over(store));
        verifiers.put("primary", readingAll(Verdict.unavailable(VerdictReason.TIMEOUT, "timeout")));
        decide(gate, operation(OutagePolicy.ALLOW), WITH_TOKEN);
        assertTrue(ledger.providerDown("primary"));

        millis.addAndGet(Duration.ofSeconds(90).toMillis());
        verifiers.put("primary", readingAll(Verdict.unavailable(VerdictReason.PROVIDER_ERROR, "disaster-ticket")));
        decide(gate, operation(OutagePolicy.ALLOW), WITH_TOKEN);
        millis.addAndGet(Duration.ofSeconds(31).toMillis());
        assertFalse(ledger.providerDown("primary"), "only the provider's own failures start the window again");
    }

    @Test
    void theOutageLedger_isFedWithTheVerdictsOfEveryVerifierAsked_andAPassEndsTheOutage() {
        OutageLedger ledger = new OutageLedger(TestStates.over(store));
        verifiers.put("primary", readingAll(Verdict.unavailable(VerdictReason.PROVIDER_BUSY, "26")));
        decide(gate, operation(OutagePolicy.DENY), WITH_TOKEN);
        assertTrue(ledger.providerDown("primary"));
        verifiers.put("primary", new OneTimeVerifier(Duration.ofMinutes(5)));
        decide(gate, operation(OutagePolicy.DENY), WITH_TOKEN);
        assertFalse(ledger.providerDown("primary"));
    }

    /** Decides with the client's state kept under its address, as for an IPv4 client. */
    private static Decision decide(CaptchaGate gate, CaptchaOperation operation, CaptchaSubmission submission) {
        return gate.decide(operation, submission, submission.clientIp());
    }

    private static CaptchaOperation operation(OutagePolicy policy) {
        Optional<String> fallback = policy == OutagePolicy.FALLBACK ? Optional.of("fallback") : Optional.empty();
        return new CaptchaOperation("primary", "login", policy, fallback);
    }

    /** A verifier that reads every captcha header (through {@code headers()}) and answers the same verdict. */
    private static CaptchaVerifier readingAll(Verdict verdict) {
        return submission -> {
            submission.headers();
            return verdict;
        };
    }

    /** Passes every token it reads in {@code X-Captcha-Token}; the gate's replay guard is what makes it one-time. */
    private record OneTimeVerifier(Duration replayWindow) implements CaptchaVerifier {
        @Override
        public Verdict verify(CaptchaSubmission submission) {
            return submission
                    .header("X-Captcha-Token")
                    .map(token -> Verdict.passed(null))
                    .orElse(Verdict.rejected(VerdictReason.MISSING, null));
        }
    }

    /** Passes every token it is given in {@code X-Captcha-Token}, which it declares. */
    private static class DeclaringVerifier implements CaptchaVerifier {
        @Override
        public Verdict verify(CaptchaSubmission submission) {
            return submission
                    .header("X-Captcha-Token")
                    .map(token -> Verdict.passed(null))
                    .orElse(Verdict.rejected(VerdictReason.MISSING, null));
        }

        @Override
        public Set<String> headers() {
            return Set.of("X-Captcha-Token");
        }
    }
}
