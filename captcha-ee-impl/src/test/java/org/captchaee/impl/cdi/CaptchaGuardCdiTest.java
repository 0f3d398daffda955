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
 * once per captcha, and every refusal carries the answer the client gets.
 */
@EnableWeld
class CaptchaGuardCdiTest {

    @RegisterExtension
    static final MicroProfileConfigExtension CONFIG =
            new MicroProfileConfigExtension(Map.of(ConfigKeys.VERIFIER, TicketVerifier.NAME));

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(
                    CdiDeployments.weld(GuardedBean.class, TicketVerifier.class, RecordedEvents.class))
            .build();

    @Inject
    GuardedBean bean;

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
}
