package org.captchaee.impl.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Map;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.spi.CaptchaSubmission;
import org.junit.jupiter.api.Test;

class TestVerifierTest {

    private static final Method METHOD = Object.class.getMethods()[0];

    private final TestVerifier verifier = new TestVerifier();

    @Test
    void tokens_mapToTheirDocumentedVerdicts() {
        assertEquals(Verdict.passed("pass"), verify("pass"));
        assertEquals(Verdict.rejected(VerdictReason.INVALID, "fail"), verify("fail"));
        assertEquals(Verdict.unavailable(VerdictReason.PROVIDER_ERROR, "outage"), verify("outage"));
        assertEquals(VerdictReason.INVALID, verify("anything-else").reason());
        assertEquals(VerdictReason.MALFORMED, verify("not a token").reason());
    }

    @Test
    void otherCaptchaHeaders_areNotAToken() {
        CaptchaSubmission submission =
                new CaptchaSubmission(Map.of("X-Captcha-Ticket", "pass"), "192.0.2.1", "", null, METHOD);
        assertEquals(VerdictReason.MISSING, verifier.verify(submission).reason());
    }

    @Test
    void itIsAlwaysForTestsOnly() {
        assertTrue(verifier.testOnlyReason().orElseThrow().contains("'test' verifier accepts the token 'pass'"));
    }

    private Verdict verify(String token) {
        return verifier.verify(new CaptchaSubmission(Map.of("X-Captcha-Token", token), "192.0.2.1", "", null, METHOD));
    }
}
