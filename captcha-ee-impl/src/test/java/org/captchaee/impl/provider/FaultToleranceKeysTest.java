package org.captchaee.impl.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.captchaee.impl.aliyun.AliyunClient;
import org.captchaee.impl.siteverify.SiteverifyClient;
import org.captchaee.impl.tencent.TencentClient;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
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
    void everyKeyedCall_isPublicAndCarriesTheWholeGuard() {
        for (String key : DOCUMENTED) {
            Method method = method(key);
            assertTrue(Modifier.isPublic(method.getModifiers()), key);
            assertTrue(method.isAnnotationPresent(CircuitBreaker.class), key + " has a circuit breaker");
            assertTrue(method.isAnnotationPresent(Bulkhead.class), key + " has a bulkhead");
        }
    }

    /**
     * The values the verifiers' pages document, read as Fault Tolerance reads them (annotation members, with the
     * specification's defaults for the members left out), so that a shorter annotation cannot change a policy.
     */
    @Test
    void everyKeyedCall_keepsItsDocumentedPolicy() {
        for (String key : DOCUMENTED) {
            Method method = method(key);
            long timeout = key.contains("SiteverifyClient") ? 2000 : 1500;
            assertEquals(timeout, method.getAnnotation(Timeout.class).value(), key + " timeout");
            assertEquals(ChronoUnit.MILLIS, method.getAnnotation(Timeout.class).unit(), key + " timeout unit");
            CircuitBreaker breaker = method.getAnnotation(CircuitBreaker.class);
            assertEquals(20, breaker.requestVolumeThreshold(), key + " breaker volume");
            assertEquals(0.5, breaker.failureRatio(), key + " breaker ratio");
            assertEquals(10, breaker.delay(), key + " breaker delay");
            assertEquals(ChronoUnit.SECONDS, breaker.delayUnit(), key + " breaker delay unit");
            assertEquals(1, breaker.successThreshold(), key + " breaker success threshold");
            assertEquals(List.of(BulkheadException.class), List.of(breaker.skipOn()), key + " breaker skips");
            assertEquals(50, method.getAnnotation(Bulkhead.class).value(), key + " bulkhead");
            Retry retry = method.getAnnotation(Retry.class);
            assertEquals(1, retry.maxRetries(), key + " retries");
            assertEquals(0, retry.delay(), key + " retry delay");
            assertEquals(0, retry.jitter(), key + " retry jitter");
        }
    }

    private static Method method(String key) {
        String[] parts = key.split("/");
        try {
            return Arrays.stream(Class.forName(parts[0]).getDeclaredMethods())
                    .filter(candidate -> candidate.getName().equals(parts[1]))
                    .findFirst()
                    .orElseThrow();
        } catch (ClassNotFoundException e) {
            throw new AssertionError(key, e);
        }
    }
}
