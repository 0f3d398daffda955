package org.captchaee.impl.siteverify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.impl.config.ConfigKeys;
import org.junit.jupiter.api.Test;

class SiteverifySettingsReaderTest {

    @Test
    void theSecretIsRequired_andForHcaptchaTheSitekey() {
        for (SiteverifyDialect dialect : SiteverifyDialect.values()) {
            String message = failure(dialect, Map.of());
            assertTrue(message.contains("captcha." + dialect.verifierName() + ".secret is not set"), message);
            assertEquals(
                    dialect == SiteverifyDialect.HCAPTCHA, message.contains("captcha.hcaptcha.sitekey is not set"));
        }
    }

    @Test
    void defaults_areTheDocumentedOnes() {
        SiteverifySettings recaptcha =
                SiteverifyTestSettings.settings(SiteverifyDialect.RECAPTCHA, Map.of("captcha.recaptcha.secret", "S"));
        assertEquals(
                "https://www.google.com/recaptcha/api/siteverify",
                recaptcha.endpoint().toString());
        assertEquals(Set.of(), recaptcha.hostnames());
        assertEquals(0.5, recaptcha.minScore());
        assertEquals("login", recaptcha.expectedAction("login"));
        assertEquals(Duration.ofMillis(2000), recaptcha.timeout());
        assertEquals(
                "https://api.hcaptcha.com/siteverify",
                SiteverifyTestSettings.settings(
                                SiteverifyDialect.HCAPTCHA,
                                Map.of("captcha.hcaptcha.secret", "S", ConfigKeys.HCAPTCHA_SITEKEY, "K"))
                        .endpoint()
                        .toString());
        assertEquals(
                "https://challenges.cloudflare.com/turnstile/v0/siteverify",
                SiteverifyTestSettings.settings(SiteverifyDialect.TURNSTILE, Map.of("captcha.turnstile.secret", "S"))
                        .endpoint()
                        .toString());
    }

    @Test
    void everyKey_isRead() {
        Map<String, String> values = new HashMap<>();
        values.put("captcha.recaptcha.secret", "SECRET-VALUE");
        values.put(ConfigKeys.RECAPTCHA_ENDPOINT, "https://www.recaptcha.net/recaptcha/api/siteverify");
        values.put("captcha.recaptcha.hostnames", " Shop.Example , www.shop.example");
        values.put(ConfigKeys.RECAPTCHA_MIN_SCORE, "0.7");
        values.put(ConfigKeys.RECAPTCHA_ACTION, "checkout");
        values.put("org.captchaee.impl.siteverify.SiteverifyClient/recaptcha/Timeout/value", "800");
        SiteverifySettings settings = SiteverifyTestSettings.settings(SiteverifyDialect.RECAPTCHA, values);
        assertEquals("www.recaptcha.net", settings.endpoint().getHost());
        assertEquals(Set.of("shop.example", "www.shop.example"), settings.hostnames());
        assertEquals(0.7, settings.minScore());
        assertEquals("checkout", settings.expectedAction("login"));
        assertEquals(Duration.ofMillis(800), settings.timeout());
        assertFalse(settings.toString().contains("SECRET-VALUE"));
    }

    @Test
    void aScoreThresholdOutsideZeroToOne_orNotANumber_failsTheDeployment() {
        for (String score : new String[] {"NaN", "-0.1", "1.01", "Infinity", "high", "0,5"}) {
            String message = failure(
                    SiteverifyDialect.RECAPTCHA,
                    Map.of("captcha.recaptcha.secret", "S", ConfigKeys.RECAPTCHA_MIN_SCORE, score));
            assertTrue(message.contains("captcha.recaptcha.min-score=" + score + " is invalid"), message);
            assertTrue(message.contains("a number from 0.0 to 1.0"), message);
        }
        assertEquals(
                0.0,
                SiteverifyTestSettings.settings(
                                SiteverifyDialect.RECAPTCHA,
                                Map.of("captcha.recaptcha.secret", "S", ConfigKeys.RECAPTCHA_MIN_SCORE, "0"))
                        .minScore());
    }

    @Test
    void badValues_areAllNamedAtOnce_andTheSecretNeverAppears() {
        String message = failure(
                SiteverifyDialect.TURNSTILE,
                Map.of(
                        "captcha.turnstile.secret",
                        "SECRET-VALUE",
                        ConfigKeys.TURNSTILE_ENDPOINT,
                        "ftp://example",
                        "captcha.turnstile.hostnames",
                        "shop.example, https://www.shop.example/",
                        "org.captchaee.impl.siteverify.SiteverifyClient/turnstile/Timeout/value",
                        "0"));
        assertTrue(message.contains("captcha.turnstile.endpoint=ftp://example is invalid"), message);
        assertTrue(message.contains("captcha.turnstile.hostnames=shop.example, https://www.shop.example/"), message);
        assertTrue(message.contains("SiteverifyClient/turnstile/Timeout/value=0 is invalid"), message);
        assertFalse(message.contains("SECRET-VALUE"));
    }

    @Test
    void theGlobalFaultToleranceTimeoutKey_setsTheHttpTimeoutWhenNoMethodKeyIs() {
        Map<String, String> values = new HashMap<>();
        values.put("captcha.turnstile.secret", "SECRET-VALUE");
        values.put("Timeout/value", "700");
        assertEquals(
                Duration.ofMillis(700),
                SiteverifyTestSettings.settings(SiteverifyDialect.TURNSTILE, values)
                        .timeout());
    }

    @Test
    void onlyRecaptchaReadsScoreAndAction() {
        SiteverifySettings turnstile = SiteverifyTestSettings.settings(
                SiteverifyDialect.TURNSTILE,
                Map.of(
                        "captcha.turnstile.secret", "S",
                        "captcha.turnstile.min-score", "NaN",
                        "captcha.turnstile.action", "x"));
        assertEquals(Optional.empty(), turnstile.action());
        assertEquals(Optional.empty(), turnstile.sitekey());
    }

    private static String failure(SiteverifyDialect dialect, Map<String, String> values) {
        return assertThrows(CaptchaDefinitionException.class, () -> SiteverifyTestSettings.settings(dialect, values))
                .getMessage();
    }
}
