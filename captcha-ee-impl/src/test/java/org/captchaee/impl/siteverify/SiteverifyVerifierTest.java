package org.captchaee.impl.siteverify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.provider.FaultToleranceProbe;
import org.captchaee.impl.provider.FaultToleranceStatus;
import org.captchaee.impl.request.SentHeader;
import org.captchaee.impl.siteverify.stub.PublishedTestKeys;
import org.captchaee.impl.siteverify.stub.SiteverifyStub;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The verifiers without Fault Tolerance (the client called directly), against the stub. */
class SiteverifyVerifierTest {

    private final SiteverifyStub stub = SiteverifyStub.start();
    private final Map<String, String> values = SiteverifyTestSettings.forStub(stub);
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(SiteverifyVerifier.class.getName());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    SiteverifyVerifierTest() {
        log.addHandler(handler);
    }

    @AfterEach
    void stop() {
        log.removeHandler(handler);
        stub.close();
    }

    @Test
    void noToken_isMissing_andAMalformedOneIsNeverSent() {
        CaptchaVerifier turnstile = verifier(SiteverifyDialect.TURNSTILE);
        assertEquals(Verdict.rejected(VerdictReason.MISSING, null), turnstile.verify(submission(Map.of(), "")));
        assertEquals(Verdict.rejected(VerdictReason.MALFORMED, null), turnstile.verify(token("two words")));
        assertEquals(Verdict.rejected(VerdictReason.MALFORMED, null), turnstile.verify(token("x".repeat(2049))));
        assertEquals(0, stub.calls());
        stub.issue(SiteverifyStub.Dialect.RECAPTCHA, "r".repeat(4000));
        assertEquals(
                Verdict.passed("success"), verifier(SiteverifyDialect.RECAPTCHA).verify(token("r".repeat(4000))));
    }

    @Test
    void eachVerification_ofTurnstile_hasItsOwnIdempotencyKey() {
        CaptchaVerifier turnstile = verifier(SiteverifyDialect.TURNSTILE);
        stub.issue(SiteverifyStub.Dialect.TURNSTILE, "0.once");
        assertEquals(Verdict.passed("success"), turnstile.verify(token("0.once")));
        assertEquals(VerdictReason.REPLAYED, turnstile.verify(token("0.once")).reason());
        List<Map<String, String>> requests = stub.requests();
        assertFalse(
                requests.get(0).get("idempotency_key").equals(requests.get(1).get("idempotency_key")));
    }

    @Test
    void theSceneIsTheExpectedAction_unlessOneIsConfigured() {
        stub.issueV3("v3-login", "login", 0.9);
        assertEquals(
                Verdict.passed("score=0.9"),
                verifier(SiteverifyDialect.RECAPTCHA).verify(token("v3-login")));
        values.put(ConfigKeys.RECAPTCHA_ACTION, "submit");
        stub.issueV3("v3-login-again", "login", 0.9);
        assertEquals(
                Verdict.rejected(VerdictReason.MISCONFIGURED, "action"),
                verifier(SiteverifyDialect.RECAPTCHA).verify(token("v3-login-again")));
    }

    @Test
    void ourCredentialsRefused_isAnOutage_loggedSevere_withoutTheSecret() {
        values.put("captcha.hcaptcha.secret", "NOT-THE-SECRET");
        CaptchaVerifier hcaptcha = verifier(SiteverifyDialect.HCAPTCHA);
        assertEquals(
                Verdict.unavailable(VerdictReason.MISCONFIGURED, "invalid-input-secret"), hcaptcha.verify(token("t")));
        hcaptcha.verify(token("t"));
        List<String> severe = messages(Level.SEVERE);
        assertEquals(1, severe.size(), severe::toString);
        assertTrue(severe.get(0).startsWith("CAPTCHA-E110 hCaptcha refused our own request"), severe.get(0));
        assertTrue(severe.get(0).contains("captcha.hcaptcha.secret and captcha.hcaptcha.sitekey"), severe.get(0));
        assertFalse(severe.get(0).contains("NOT-THE-SECRET"));
    }

    @Test
    void publishedTestKeys_warnAtDeployment_ownKeysDoNot() {
        for (SiteverifyDialect dialect : SiteverifyDialect.values()) {
            verifier(dialect).checkConfiguration();
        }
        assertEquals(List.of(), messages(Level.WARNING));
        assertEquals(3, messages(Level.INFO).size());
        values.put("captcha.recaptcha.secret", PublishedTestKeys.RECAPTCHA_SECRET);
        values.put(ConfigKeys.HCAPTCHA_SITEKEY, PublishedTestKeys.HCAPTCHA_SITEKEY);
        values.put("captcha.turnstile.secret", PublishedTestKeys.TURNSTILE_SPENT_SECRET);
        for (SiteverifyDialect dialect : SiteverifyDialect.values()) {
            verifier(dialect).checkConfiguration();
        }
        List<String> warnings = messages(Level.WARNING);
        assertEquals(3, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("CAPTCHA-W110 captcha.recaptcha.secret is one of the test keys"));
        assertTrue(warnings.stream().noneMatch(warning -> warning.contains("0000000")), warnings::toString);
    }

    @Test
    void publishedTestKeys_makeTheVerifierTestOnly_ownKeysDoNot() {
        for (SiteverifyDialect dialect : SiteverifyDialect.values()) {
            assertEquals(Optional.empty(), verifier(dialect).testOnlyReason(), dialect::name);
        }
        values.put("captcha.recaptcha.secret", PublishedTestKeys.RECAPTCHA_SECRET);
        values.put(ConfigKeys.HCAPTCHA_SITEKEY, PublishedTestKeys.HCAPTCHA_SITEKEY);
        values.put("captcha.turnstile.secret", PublishedTestKeys.TURNSTILE_PASS_SECRET);
        for (SiteverifyDialect dialect : SiteverifyDialect.values()) {
            String reason = verifier(dialect).testOnlyReason().orElseThrow();
            assertTrue(reason.startsWith(dialect.key("secret")), reason);
            assertFalse(reason.contains("0000000"), reason);
        }
    }

    private SiteverifyVerifier verifier(SiteverifyDialect dialect) {
        SiteverifyConfiguration configuration = new SiteverifyConfiguration(SiteverifyTestSettings.config(values));
        SiteverifyClient client = new SiteverifyClient();
        // no Fault Tolerance here: the verifiers retry a refused connection themselves
        FaultToleranceStatus faultTolerance = new FaultToleranceStatus(new FaultToleranceProbe());
        return switch (dialect) {
            case RECAPTCHA -> new RecaptchaVerifier(configuration, client, faultTolerance);
            case HCAPTCHA -> new HcaptchaVerifier(configuration, client, faultTolerance);
            case TURNSTILE -> new TurnstileVerifier(configuration, client, faultTolerance);
        };
    }

    private List<String> messages(Level level) {
        return logged.stream()
                .filter(record -> record.getLevel() == level)
                .map(LogRecord::getMessage)
                .toList();
    }

    private static CaptchaSubmission token(String token) {
        return submission(Map.of(SentHeader.TOKEN, token), "login");
    }

    private static CaptchaSubmission submission(Map<String, String> headers, String scene) {
        try {
            return new CaptchaSubmission(headers, "203.0.113.7", scene, null, Object.class.getMethod("toString"));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
