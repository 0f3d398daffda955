package org.captchaee.impl.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaError;
import org.captchaee.VerdictReason;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.testing.CdiDeployments;
import org.captchaee.impl.testing.FakeServletRequests;
import org.captchaee.impl.testing.MicroProfileConfigExtension;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The extension, the interceptor and the guard together in a CDI container, without a server: a protected call runs
 * once per captcha, and every refusal carries the answer the client gets. SmallRye Fault Tolerance's interceptor runs
 * beside the captcha's, as on a server, in its default order: the captcha first, so a refusal is never retried or
 * answered by a {@code @Fallback}, and a retry of the business method does not spend the captcha again.
 */
@EnableWeld
class CaptchaGuardCdiTest {

    @RegisterExtension
    static final MicroProfileConfigExtension CONFIG =
            new MicroProfileConfigExtension(Map.of(ConfigKeys.VERIFIER, TicketVerifier.NAME));

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(CdiDeployments.weld(
                    GuardedBean.class, FaultTolerantBean.class, TicketVerifier.class, RecordedEvents.class))
            .build();

    @Inject
    GuardedBean bean;

    @Inject
    FaultTolerantBean faultTolerant;

    @Inject
    RecordedEvents audit;

    @AfterEach
    void forgetTheRequest() {
        FakeServletRequests.clear();
    }

    @Test
    void aCallWithoutCaptcha_isRefused_asCaptchaRequired_andDoesNotRun() {
        FakeServletRequests.next(Map.of());
        CaptchaDeniedException refusal = assertThrows(CaptchaDeniedException.class, bean::login);
        assertEquals(CaptchaError.CAPTCHA_REQUIRED, refusal.error());
        assertEquals(TicketVerifier.NAME, refusal.verifier());
        FakeServletRequests.next(Map.of("X-Captcha-Token", "ok-1"));
        assertEquals(1, bean.login(), "the method ran only once the captcha came");
    }

    @Test
    void aCaptchaPassesOnce() {
        FakeServletRequests.next(Map.of("X-Captcha-Token", "ok-once"));
        assertEquals(1, bean.login());
        CaptchaDeniedException replay = assertThrows(CaptchaDeniedException.class, bean::login);
        assertEquals(CaptchaError.CAPTCHA_INVALID, replay.error());
        assertEquals(
                List.of(VerdictReason.VERIFIED, VerdictReason.REPLAYED),
                audit.events().stream().map(event -> event.verdict().reason()).toList());
    }

    @Test
    void aWrongCaptcha_isInvalid_andAHeaderNoVerifierReads_isMalformed() {
        FakeServletRequests.next(Map.of("X-Captcha-Token", "wrong"));
        assertEquals(
                CaptchaError.CAPTCHA_INVALID,
                assertThrows(CaptchaDeniedException.class, bean::login).error());
        FakeServletRequests.next(Map.of("X-Captcha-Token", "ok-2", "X-Captcha-Ticket", "t"));
        assertEquals(
                CaptchaError.CAPTCHA_MALFORMED,
                assertThrows(CaptchaDeniedException.class, bean::login).error());
    }

    @Test
    void anOutage_passesDegraded_underTheDefaultPolicyAllow() {
        FakeServletRequests.next(Map.of("X-Captcha-Token", "down"));
        assertEquals(1, bean.login());
        assertTrue(audit.events().get(0).verdict().degraded());
    }

    @Test
    void anUnprotectedMethod_isNeverAsked() {
        FakeServletRequests.next(Map.of());
        assertEquals("open", bean.open());
        assertEquals(List.of(), audit.events());
    }

    @Test
    void aMissingCaptcha_isRefused_neverRetried_neverAnsweredByTheFallback() {
        FakeServletRequests.next(Map.of());
        CaptchaDeniedException refusal = assertThrows(CaptchaDeniedException.class, faultTolerant::transfer);
        assertEquals(CaptchaError.CAPTCHA_REQUIRED, refusal.error());
        assertEquals(0, faultTolerant.runs());
        assertEquals(0, faultTolerant.fallbacks());
    }

    @Test
    void aWrongOrReplayedCaptcha_isRefused_neverAnsweredByTheFallback() {
        FakeServletRequests.next(Map.of(TicketVerifier.HEADER, "wrong"));
        assertEquals(
                CaptchaError.CAPTCHA_INVALID,
                assertThrows(CaptchaDeniedException.class, faultTolerant::transfer)
                        .error());
        FakeServletRequests.next(Map.of(TicketVerifier.HEADER, "ok-replayed"));
        assertEquals("done", faultTolerant.transfer());
        assertEquals(
                CaptchaError.CAPTCHA_INVALID,
                assertThrows(CaptchaDeniedException.class, faultTolerant::transfer)
                        .error());
        assertEquals(1, faultTolerant.runs());
        assertEquals(0, faultTolerant.fallbacks());
    }

    @Test
    void retriesOfTheBusinessMethod_runInsideOneCaptchaCheck() {
        faultTolerant.failNextRuns(2);
        FakeServletRequests.next(Map.of(TicketVerifier.HEADER, "ok-retried"));
        assertEquals("done", faultTolerant.transfer());
        assertEquals(3, faultTolerant.runs(), "Fault Tolerance retried the business failures");
        assertEquals(
                List.of(VerdictReason.VERIFIED),
                audit.events().stream().map(event -> event.verdict().reason()).toList(),
                "the captcha was verified once, and never seen as replayed");
    }

    @Test
    void aPassedCaptcha_whoseMethodKeepsFailing_getsTheFallback() {
        faultTolerant.failNextRuns(3);
        FakeServletRequests.next(Map.of(TicketVerifier.HEADER, "ok-fallback"));
        assertEquals(FaultTolerantBean.FALLBACK, faultTolerant.transfer());
        assertEquals(3, faultTolerant.runs());
        assertEquals(1, faultTolerant.fallbacks());
        assertTrue(audit.events().get(0).verdict().isPassed());
    }
}
