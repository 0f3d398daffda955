package org.captchaee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class VerdictTest {

    private static final EnumSet<VerdictReason> OUTAGE_REASONS = EnumSet.of(
            VerdictReason.MISCONFIGURED,
            VerdictReason.TIMEOUT,
            VerdictReason.PROVIDER_ERROR,
            VerdictReason.PROVIDER_BUSY,
            VerdictReason.STORE_UNAVAILABLE);

    @Test
    void onlyTheProvidersOwnFailures_areProviderFailures() {
        EnumSet<VerdictReason> providerFailures = EnumSet.copyOf(OUTAGE_REASONS);
        providerFailures.remove(VerdictReason.STORE_UNAVAILABLE);
        for (VerdictReason reason : VerdictReason.values()) {
            assertEquals(providerFailures.contains(reason), reason.isProviderFailure(), reason::name);
        }
    }

    @Test
    void clientProvokedReasons_canNeverExplainAnOutage() {
        for (VerdictReason reason : EnumSet.complementOf(OUTAGE_REASONS)) {
            assertThrows(IllegalArgumentException.class, () -> Verdict.unavailable(reason, null), reason::name);
        }
    }

    @Test
    void outageReasons_makeOutages() {
        for (VerdictReason reason : OUTAGE_REASONS) {
            Verdict verdict = Verdict.unavailable(reason, "26");
            assertEquals(Verdict.Outcome.UNAVAILABLE, verdict.outcome());
            assertEquals(reason, verdict.reason());
            assertFalse(verdict.isPassed());
        }
    }

    @Test
    void pureOutageReasonsAndVerified_cannotExplainARejection() {
        for (VerdictReason reason : EnumSet.of(
                VerdictReason.VERIFIED,
                VerdictReason.TIMEOUT,
                VerdictReason.PROVIDER_ERROR,
                VerdictReason.PROVIDER_BUSY,
                VerdictReason.STORE_UNAVAILABLE)) {
            assertThrows(IllegalArgumentException.class, () -> Verdict.rejected(reason, null), reason::name);
        }
    }

    @Test
    void misconfiguredCaptcha_canBeRejected() {
        Verdict verdict = Verdict.rejected(VerdictReason.MISCONFIGURED, "F005");
        assertEquals(Verdict.Outcome.REJECTED, verdict.outcome());
        assertEquals(Optional.of("F005"), verdict.providerCode());
    }

    @Test
    void degradedPass_keepsTheOutageReasonAndCode() {
        Verdict pass = Verdict.unavailable(VerdictReason.PROVIDER_BUSY, "26").toDegradedPass();
        assertTrue(pass.isPassed());
        assertTrue(pass.degraded());
        assertEquals(VerdictReason.PROVIDER_BUSY, pass.reason());
        assertEquals(Optional.of("26"), pass.providerCode());
    }

    @Test
    void onlyAnOutage_turnsIntoADegradedPass() {
        assertThrows(IllegalStateException.class, () -> Verdict.passed("1").toDegradedPass());
        assertThrows(IllegalStateException.class, () -> Verdict.rejected(VerdictReason.INVALID, null)
                .toDegradedPass());
    }

    @Test
    void verdicts_areValues() {
        assertEquals(Verdict.passed("1"), Verdict.passed("1"));
        assertEquals(Verdict.passed("1").hashCode(), Verdict.passed("1").hashCode());
        assertFalse(Verdict.passed("1").equals(Verdict.passed("2")));
        assertEquals(
                "Verdict[PASSED, provider_busy, code=26, degraded]",
                Verdict.unavailable(VerdictReason.PROVIDER_BUSY, "26")
                        .toDegradedPass()
                        .toString());
    }

    @Test
    void reasonCodes_areLowerCaseWireNames() {
        assertEquals("provider_busy", VerdictReason.PROVIDER_BUSY.code());
        assertEquals("replayed", VerdictReason.REPLAYED.code());
    }
}
