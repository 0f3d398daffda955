package org.captchaee.impl.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.provider.DisasterTicketMode;
import org.captchaee.impl.testing.TestConfigs;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class TencentSettingsReaderTest {

    @Test
    void everyMissingRequiredKey_isNamed() {
        CaptchaDefinitionException e =
                assertThrows(CaptchaDefinitionException.class, () -> new TencentSettingsReader(config()).read());
        for (String key : new String[] {
            ConfigKeys.TENCENT_SECRET_ID,
            ConfigKeys.TENCENT_SECRET_KEY,
            ConfigKeys.TENCENT_APP_ID,
            ConfigKeys.TENCENT_APP_SECRET_KEY
        }) {
            assertTrue(e.getMessage().contains(key + " is not set"), e.getMessage());
        }
    }

    @Test
    void defaults_areTheDocumentedOnes() {
        TencentSettings settings = new TencentSettingsReader(config(required())).read();
        assertEquals("https://captcha.tencentcloudapi.com", settings.endpoint().toString());
        assertEquals(DisasterTicketMode.DURING_OUTAGE, settings.disasterTickets());
        assertEquals(Duration.ofMinutes(10), settings.disasterTicketMaxAge());
        assertEquals(Duration.ofMillis(1500), settings.timeout());
        assertEquals("X-Captcha-Ticket", settings.ticketHeader());
    }

    @Test
    void invalidValues_areNamed_andSecretsNeverAppear() {
        Map<String, String> values = required();
        values.put(ConfigKeys.TENCENT_APP_ID, "abc");
        values.put(ConfigKeys.TENCENT_ENDPOINT, "ftp://example");
        values.put(ConfigKeys.TENCENT_DISASTER_TICKETS, "sometimes");
        values.put(ConfigKeys.TENCENT_DISASTER_TICKET_MAX_AGE, "forever");
        CaptchaDefinitionException e =
                assertThrows(CaptchaDefinitionException.class, () -> new TencentSettingsReader(config(values)).read());
        assertTrue(e.getMessage().contains("captcha.tencent.app-id=abc"), e.getMessage());
        assertTrue(e.getMessage().contains("captcha.tencent.endpoint=ftp://example"), e.getMessage());
        assertTrue(e.getMessage().contains("during-outage, never, always"), e.getMessage());
        assertTrue(e.getMessage().contains("captcha.tencent.disaster-ticket-max-age=forever"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET-KEY-VALUE"));
        assertFalse(e.getMessage().contains("APP-SECRET-VALUE"));
    }

    @Test
    void theFaultToleranceTimeoutKey_setsTheHttpTimeoutsToo() {
        Map<String, String> values = required();
        values.put("org.captchaee.impl.tencent.TencentClient/describeCaptchaResult/Timeout/value", "800");
        values.put(ConfigKeys.TENCENT_DISASTER_TICKET_MAX_AGE, "PT5M");
        TencentSettings settings = new TencentSettingsReader(config(values)).read();
        assertEquals(Duration.ofMillis(800), settings.timeout());
        assertEquals(Duration.ofMinutes(5), settings.disasterTicketMaxAge());
        assertFalse(settings.toString().contains("SECRET-KEY-VALUE"));
    }

    @Test
    void theGlobalFaultToleranceTimeoutKeys_setTheHttpTimeoutsWhenNoMethodKeyIs() {
        Map<String, String> values = required();
        values.put("Timeout/value", "2");
        values.put("Timeout/unit", "SECONDS");
        assertEquals(
                Duration.ofSeconds(2),
                new TencentSettingsReader(config(values)).read().timeout());
    }

    private static Map<String, String> required() {
        Map<String, String> values = new HashMap<>();
        values.put(ConfigKeys.TENCENT_SECRET_ID, "AKIDtest");
        values.put(ConfigKeys.TENCENT_SECRET_KEY, "SECRET-KEY-VALUE");
        values.put(ConfigKeys.TENCENT_APP_ID, "190000001");
        values.put(ConfigKeys.TENCENT_APP_SECRET_KEY, "APP-SECRET-VALUE");
        return values;
    }

    private static Config config() {
        return config(Map.of());
    }

    private static Config config(Map<String, String> values) {
        return TestConfigs.of(values);
    }
}
