package org.captchaee.impl.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import jakarta.inject.Inject;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaError;
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
 * Adaptive mode without a server, where no JAX-RS filter sees the final status: the interceptor's call watch judges what
 * the method returned, counts the failures, and asks for a captcha once they reach the threshold.
 */
@EnableWeld
class AdaptiveCdiTest {

    @RegisterExtension
    static final MicroProfileConfigExtension CONFIG =
            new MicroProfileConfigExtension(Map.of(ConfigKeys.VERIFIER, TicketVerifier.NAME));

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(CdiDeployments.weld(AdaptiveLoginBean.class, TicketVerifier.class))
            .build();

    @Inject
    AdaptiveLoginBean login;

    @AfterEach
    void forgetTheRequest() {
        FakeServletRequests.clear();
    }

    @Test
    void theThirdFailure_isAnsweredWithACaptchaRequest_andTheNextCallNeedsACaptcha() {
        FakeServletRequests.next(Map.of());
        assertEquals(401, login.login("wrong").getStatus());
        assertEquals(401, login.login("wrong").getStatus());
        CaptchaDeniedException third = assertThrows(CaptchaDeniedException.class, () -> login.login("wrong"));
        assertEquals(CaptchaError.CAPTCHA_REQUIRED, third.error(), "the failure that reaches the threshold");
        assertEquals(3, login.runs());

        CaptchaDeniedException next =
                assertThrows(CaptchaDeniedException.class, () -> login.login(AdaptiveLoginBean.PASSWORD));
        assertEquals(CaptchaError.CAPTCHA_REQUIRED, next.error());
        assertEquals(3, login.runs(), "the call that needs a captcha does not run without one");

        FakeServletRequests.next(Map.of(TicketVerifier.HEADER, "ok-adaptive"));
        assertEquals(200, login.login(AdaptiveLoginBean.PASSWORD).getStatus());
    }

    @Test
    void aSuccess_runsWithoutACaptcha() {
        FakeServletRequests.next(Map.of());
        assertEquals(401, login.login("wrong").getStatus());
        assertEquals(200, login.login(AdaptiveLoginBean.PASSWORD).getStatus());
        assertEquals(2, login.runs());
    }
}
