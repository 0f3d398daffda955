package org.captchaee.impl.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.captchaee.OutagePolicy;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigProblems;
import org.captchaee.impl.request.ForwardingHeader;
import org.captchaee.impl.runtime.CaptchaSettings;
import org.captchaee.impl.testing.TestConfigs;
import org.junit.jupiter.api.Test;

class SettingsReaderTest {

    private final ConfigProblems problems = new ConfigProblems();

    @Test
    void nothingConfigured_givesTheDocumentedDefaults() {
        CaptchaSettings settings = read();
        assertEquals(Optional.empty(), settings.defaultVerifier());
        assertEquals(OutagePolicy.ALLOW, settings.outagePolicy());
        assertEquals(Optional.empty(), settings.fallbackVerifier());
        assertEquals(Duration.ofSeconds(30), settings.retryAfter());
        assertEquals(List.of(), settings.trustedProxies());
        assertFalse(settings.testMode());
        assertTrue(problems.isEmpty());
    }

    @Test
    void testMode_isTrueOrFalse_inAnyCase_andNothingElse() {
        assertTrue(read(ConfigKeys.TEST_MODE, "TRUE").testMode());
        assertFalse(read(ConfigKeys.TEST_MODE, "false").testMode());
        assertTrue(problems.isEmpty(), problems.messages()::toString);
        assertFalse(read(ConfigKeys.TEST_MODE, "yes").testMode());
        assertEquals(List.of("captcha.test-mode=yes is invalid. Accepted values: true, false."), problems.messages());
    }

    @Test
    void everyKey_isRead() {
        CaptchaSettings settings = read(
                ConfigKeys.VERIFIER, "tencent",
                ConfigKeys.OUTAGE_POLICY, "FALLBACK",
                ConfigKeys.OUTAGE_FALLBACK, "image",
                ConfigKeys.OUTAGE_RETRY_AFTER, "120",
                ConfigKeys.TRUSTED_PROXIES, "10.0.0.0/8, 2001:db8::/32");
        assertEquals(Optional.of("tencent"), settings.defaultVerifier());
        assertEquals(OutagePolicy.FALLBACK, settings.outagePolicy());
        assertEquals(Optional.of("image"), settings.fallbackVerifier());
        assertEquals(Duration.ofMinutes(2), settings.retryAfter());
        assertEquals(2, settings.trustedProxies().size());
        assertTrue(problems.isEmpty(), problems.messages()::toString);
    }

    @Test
    void badValues_areEachReported_withKeyValueAndAcceptedValues() {
        read(
                ConfigKeys.VERIFIER, "Tencent!",
                ConfigKeys.OUTAGE_POLICY, "default",
                ConfigKeys.OUTAGE_RETRY_AFTER, "0",
                ConfigKeys.TRUSTED_PROXIES, "10.0.0.0/8,proxy.internal");
        List<String> messages = problems.messages();
        assertEquals(4, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("captcha.verifier=Tencent! is invalid"), messages.get(0));
        assertTrue(
                messages.get(1)
                        .contains("captcha.outage.policy=default is invalid. Accepted values: allow, deny,"
                                + " fallback."),
                messages.get(1));
        assertTrue(messages.get(2).contains("captcha.outage.retry-after=0"), messages.get(2));
        assertTrue(messages.get(3).contains("captcha.client-ip.trusted-proxies=proxy.internal"), messages.get(3));
    }

    @Test
    void storeEndpointsAndAllowBudget_areRead_withTheirDefaults() {
        CaptchaSettings defaults = read();
        assertEquals(1_000_000, defaults.storeMaxEntries());
        assertEquals("captcha", defaults.endpointsPath());
        assertEquals(100, defaults.allowBudget().perClient(), "bounded per client by default");
        assertEquals(0, defaults.allowBudget().overall());
        assertEquals(Duration.ofMinutes(10), defaults.allowBudget().window());

        CaptchaSettings settings = read(
                ConfigKeys.STORE_MAX_ENTRIES, "50000",
                ConfigKeys.ENDPOINTS_PATH, "/auth/human/",
                ConfigKeys.OUTAGE_FALLBACK, "image",
                ConfigKeys.ALLOW_BUDGET, "3",
                ConfigKeys.ALLOW_BUDGET_GLOBAL, "1000",
                ConfigKeys.ALLOW_BUDGET_WINDOW, "PT5M");
        assertEquals(50_000, settings.storeMaxEntries());
        assertEquals("auth/human", settings.endpointsPath());
        assertEquals(3, settings.allowBudget().perClient());
        assertEquals(1000, settings.allowBudget().overall());
        assertEquals(Duration.ofMinutes(5), settings.allowBudget().window());
        assertEquals(Optional.of("image"), settings.allowBudget().fallbackVerifier());
        assertTrue(problems.isEmpty(), problems.messages()::toString);
    }

    @Test
    void badStoreEndpointsAndBudgetValues_nameTheirKeys() {
        read(
                ConfigKeys.STORE_MAX_ENTRIES, "10",
                ConfigKeys.ENDPOINTS_PATH, "my captcha",
                ConfigKeys.ALLOW_BUDGET, "-1",
                ConfigKeys.ALLOW_BUDGET_WINDOW, "soon");
        List<String> messages = problems.messages();
        assertEquals(4, messages.size(), messages::toString);
        assertTrue(String.join("\n", messages).contains("captcha.store.max-entries=10 is invalid"));
        assertTrue(String.join("\n", messages).contains("captcha.endpoints.path=my captcha is invalid"));
        assertTrue(String.join("\n", messages).contains("captcha.outage.allow-budget=-1 is invalid"));
        assertTrue(String.join("\n", messages).contains("captcha.outage.allow-budget-window=soon is invalid"));
    }

    @Test
    void clientIpHeaderAndIpv6Prefix_defaultToXForwardedForAndSlash64() {
        CaptchaSettings defaults = read();
        assertEquals(ForwardingHeader.X_FORWARDED_FOR, defaults.clientIpHeader());
        assertEquals(64, defaults.ipv6Prefix());
        assertTrue(problems.isEmpty(), problems.messages()::toString);
    }

    @Test
    void clientIpHeaderAndIpv6Prefix_areRead_theHeaderIgnoringCase() {
        CaptchaSettings settings = read(ConfigKeys.CLIENT_IP_HEADER, "forwarded", ConfigKeys.IPV6_PREFIX, "48");
        assertEquals(ForwardingHeader.FORWARDED, settings.clientIpHeader());
        assertEquals(48, settings.ipv6Prefix());
        assertEquals(
                ForwardingHeader.X_FORWARDED_FOR,
                read(ConfigKeys.CLIENT_IP_HEADER, "X-FORWARDED-FOR").clientIpHeader());
        assertEquals(128, read(ConfigKeys.IPV6_PREFIX, "128").ipv6Prefix());
        assertEquals(32, read(ConfigKeys.IPV6_PREFIX, "32").ipv6Prefix());
        assertTrue(problems.isEmpty(), problems.messages()::toString);
    }

    @Test
    void badClientIpHeaderOrIpv6Prefix_nameTheKeyAndTheFix() {
        for (String header : List.of("X-Real-IP", "both", "X-Forwarded-For, Forwarded")) {
            ConfigProblems found = new ConfigProblems();
            new SettingsReader(TestConfigs.of(ConfigKeys.CLIENT_IP_HEADER, header), found).read();
            assertEquals(1, found.messages().size(), found.messages()::toString);
            String message = found.messages().get(0);
            assertTrue(message.startsWith("captcha.client-ip.header=" + header + " is invalid"), message);
            assertTrue(message.contains("X-Forwarded-For") && message.contains("Forwarded (RFC 7239)"), message);
        }
        for (String prefix : List.of("31", "129", "0", "64.5", "/64")) {
            ConfigProblems found = new ConfigProblems();
            new SettingsReader(TestConfigs.of(ConfigKeys.IPV6_PREFIX, prefix), found).read();
            assertEquals(
                    List.of("captcha.client-ip.ipv6-prefix=" + prefix
                            + " is invalid. Accepted values: a whole number from 32 to 128."),
                    found.messages());
        }
    }

    private CaptchaSettings read(String... keysAndValues) {
        return new SettingsReader(TestConfigs.of(keysAndValues), problems).read();
    }
}
