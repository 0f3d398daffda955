package org.captchaee.impl.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.captchaee.impl.aliyun.AliyunClient;
import org.captchaee.impl.siteverify.SiteverifyClient;
import org.captchaee.impl.tencent.TencentClient;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;

/**
 * The provider clients' class and method names are public configuration: operators tune each provider's calls with
 * Fault Tolerance keys such as {@code org.captchaee.impl.tencent.TencentClient/describeCaptchaResult/Timeout/value}.
 * A rename or a move would silently drop their settings, so the exact keys are pinned here.
 */
class FaultToleranceKeysTest {

    private static final Set<String> DOCUMENTED = Set.of(
            "org.captchaee.impl.tencent.TencentClient/describeCaptchaResult",
            "org.captchaee.impl.aliyun.AliyunClient/verifyIntelligentCaptcha",
            "org.captchaee.impl.aliyun.AliyunClient/authenticateSig",
            "org.captchaee.impl.siteverify.SiteverifyClient/recaptcha",
            "org.captchaee.impl.siteverify.SiteverifyClient/hcaptcha",
            "org.captchaee.impl.siteverify.SiteverifyClient/turnstile");

    @Test
    void everyGuardedProviderCall_hasItsDocumentedKey() {
        Set<String> keys = new TreeSet<>();
        for (Class<?> client : List.of(TencentClient.class, AliyunClient.class, SiteverifyClient.class)) {
            Arrays.stream(client.getDeclaredMethods())
                    .filter(method -> method.isAnnotationPresent(Timeout.class))
                    .forEach(method -> keys.add(client.getName() + "/" + method.getName()));
        }
        assertEquals(new TreeSet<>(DOCUMENTED), keys);
    }

    @Test
    void everyKeyedCall_isPublicAndCarriesTheWholeGuard() throws ClassNotFoundException {
        for (String key : DOCUMENTED) {
            String[] parts = key.split("/");
            Method method = Arrays.stream(Class.forName(parts[0]).getDeclaredMethods())
                    .filter(candidate -> candidate.getName().equals(parts[1]))
                    .findFirst()
                    .orElseThrow();
            assertTrue(Modifier.isPublic(method.getModifiers()), key);
            assertTrue(method.isAnnotationPresent(CircuitBreaker.class), key + " has a circuit breaker");
            assertTrue(method.isAnnotationPresent(Bulkhead.class), key + " has a bulkhead");
        }
    }
}
