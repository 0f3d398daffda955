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
 * The captcha check beside a real MicroProfile Fault Tolerance interceptor (SmallRye's, discovered like on a server),
 * in its default order: the captcha runs first, outside Fault Tolerance. So a refusal is never retried and never
 * answered by a {@code @Fallback}, and a retry of the business method does not spend the captcha again.
 */
@EnableWeld
class FaultToleranceOrderCdiTest {

    @RegisterExtension
    static final MicroProfileConfigExtension CONFIG =
            new MicroProfileConfigExtension(Map.of(ConfigKeys.VERIFIER, TicketVerifier.NAME));

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(
                    CdiDeployments.weld(FaultTolerantBean.class, TicketVerifier.class, RecordedEvents.class))
            .build();

    @Inject
    FaultTolerantBean bean;

    @Inject
    RecordedEvents audit;

    @AfterEach
    void forgetTheRequest() {
        FakeServletRequests.clear();
    }

    @Test
    void aMissingCaptcha_isRefused_neverRetried_neverAnsweredByTheFallback() {
        FakeServletRequests.next(Map.of());
        CaptchaDeniedException refusal = assertThrows(CaptchaDeniedException.class, bean::transfer);
        assertEquals(CaptchaError.CAPTCHA_REQUIRED, refusal.error());
        assertEquals(0, bean.runs());
        assertEquals(0, bean.fallbacks());
    }

    @Test
    void aWrongOrReplayedCaptcha_isRefused_neverAnsweredByTheFallback() {
        FakeServletRequests.next(Map.of(TicketVerifier.HEADER, "wrong"));
        assertEquals(
                CaptchaError.CAPTCHA_INVALID,
                assertThrows(CaptchaDeniedException.class, bean::transfer).error());
        FakeServletRequests.next(Map.of(TicketVerifier.HEADER, "ok-replayed"));
        assertEquals("done", bean.transfer());
        assertEquals(
                CaptchaError.CAPTCHA_INVALID,
                assertThrows(CaptchaDeniedException.class, bean::transfer).error());
        assertEquals(1, bean.runs());
        assertEquals(0, bean.fallbacks());
    }

    @Test
    void retriesOfTheBusinessMethod_runInsideOneCaptchaCheck() {
        bean.failNextRuns(2);
        FakeServletRequests.next(Map.of(TicketVerifier.HEADER, "ok-retried"));
        assertEquals("done", bean.transfer());
        assertEquals(3, bean.runs(), "Fault Tolerance retried the business failures");
        assertEquals(
                List.of(VerdictReason.VERIFIED),
                audit.events().stream().map(event -> event.verdict().reason()).toList(),
                "the captcha was verified once, and never seen as replayed");
    }

    @Test
    void aPassedCaptcha_whoseMethodKeepsFailing_getsTheFallback() {
        bean.failNextRuns(3);
        FakeServletRequests.next(Map.of(TicketVerifier.HEADER, "ok-fallback"));
        assertEquals(FaultTolerantBean.FALLBACK, bean.transfer());
        assertEquals(3, bean.runs());
        assertEquals(1, bean.fallbacks());
        assertTrue(audit.events().get(0).verdict().isPassed());
    }
}
