package org.captchaee.impl.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.captchaee.OutagePolicy;
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
        assertTrue(problems.isEmpty());
    }

    @Test
    void everyKey_isRead() {
        CaptchaSettings settings = read(
                "captcha.verifier", "tencent",
                "captcha.outage.policy", "FALLBACK",
                "captcha.outage.fallback", "image",
                "captcha.outage.retry-after", "120",
                "captcha.client-ip.trusted-proxies", "10.0.0.0/8, 2001:db8::/32");
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
                "captcha.verifier", "Tencent!",
                "captcha.outage.policy", "default",
                "captcha.outage.retry-after", "0",
                "captcha.client-ip.trusted-proxies", "10.0.0.0/8,proxy.internal");
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
                "captcha.store.max-entries", "50000",
                "captcha.endpoints.path", "/auth/human/",
                "captcha.outage.fallback", "image",
                "captcha.outage.allow-budget", "3",
                "captcha.outage.allow-budget-global", "1000",
                "captcha.outage.allow-budget-window", "PT5M");
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
                "captcha.store.max-entries", "10",
                "captcha.endpoints.path", "my captcha",
                "captcha.outage.allow-budget", "-1",
                "captcha.outage.allow-budget-window", "soon");
        List<String> messages = problems.messages();
        assertEquals(4, messages.size(), messages::toString);
        assertTrue(String.join("\n", messages).contains("captcha.store.max-entries=10 is invalid"));
        assertTrue(String.join("\n", messages).contains("captcha.endpoints.path=my captcha is invalid"));
        assertTrue(String.join("\n", messages).contains("captcha.outage.allow-budget=-1 is invalid"));
        assertTrue(String.join("\n", messages).contains("captcha.outage.allow-budget-window=soon is invalid"));
    }

    private CaptchaSettings read(String... keysAndValues) {
        return new SettingsReader(TestConfigs.of(keysAndValues), problems).read();
    }
}
