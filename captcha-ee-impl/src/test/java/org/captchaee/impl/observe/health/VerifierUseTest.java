package org.captchaee.impl.observe.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.captchaee.OutagePolicy;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigProblems;
import org.captchaee.impl.request.ClientIpResolver;
import org.captchaee.impl.runtime.CaptchaOperation;
import org.captchaee.impl.runtime.CaptchaRuntime;
import org.captchaee.impl.runtime.OperationKey;
import org.captchaee.impl.setup.SettingsReader;
import org.captchaee.impl.testing.TestConfigs;
import org.captchaee.impl.testmode.TestMode;
import org.junit.jupiter.api.Test;

class VerifierUseTest {

    @Test
    void aVerifier_hasThePoliciesOfItsMethods_andTheFallbackIsMarked() throws NoSuchMethodException {
        CaptchaRuntime configuration = configuration(Map.of(
                key(String.class), new CaptchaOperation("tencent", "", OutagePolicy.ALLOW, Optional.empty()),
                key(Integer.class), new CaptchaOperation("tencent", "", OutagePolicy.DENY, Optional.empty()),
                key(Long.class), new CaptchaOperation("tencent", "", OutagePolicy.ALLOW, Optional.empty()),
                key(Double.class), new CaptchaOperation("aliyun", "", OutagePolicy.FALLBACK, Optional.of("pin"))));

        VerifierUse tencent = VerifierUse.of(configuration, "tencent");
        assertEquals(new VerifierUse(Set.of(OutagePolicy.ALLOW, OutagePolicy.DENY), false), tencent);
        assertEquals("allow,deny", tencent.policiesText());
        assertEquals(new VerifierUse(Set.of(), true), VerifierUse.of(configuration, "pin"));
        assertEquals("", VerifierUse.of(configuration, "pin").policiesText());
    }

    private static CaptchaRuntime configuration(Map<OperationKey, CaptchaOperation> operations) {
        var config = TestConfigs.of(Map.of(ConfigKeys.VERIFIER, "tencent", ConfigKeys.OUTAGE_FALLBACK, "pin"));
        var settings = new SettingsReader(config, new ConfigProblems()).read();
        return new CaptchaRuntime(
                settings,
                operations,
                new ClientIpResolver(settings.trustedProxies(), settings.clientIpHeader(), settings.ipv6Prefix()),
                Map.of(),
                TestMode.of(false));
    }

    /** The key of a protected method: one per bean class here. */
    private static OperationKey key(Class<?> beanClass) throws NoSuchMethodException {
        Method method = Object.class.getMethod("toString");
        return new OperationKey(beanClass, method);
    }
}
