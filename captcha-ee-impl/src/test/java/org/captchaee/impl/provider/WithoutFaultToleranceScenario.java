package org.captchaee.impl.provider;

import java.lang.reflect.Method;
import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Logger;

import org.captchaee.Verdict;
import org.captchaee.impl.aliyun.AliyunClient;
import org.captchaee.impl.config.ConfigReader;
import org.captchaee.impl.siteverify.SiteverifyClient;
import org.captchaee.impl.tencent.TencentClient;
import org.captchaee.impl.testing.TestConfigs;

/**
 * What the provider machinery does on a class path without the MicroProfile Fault Tolerance API, as on Eclipse
 * GlassFish. {@link WithoutFaultToleranceApiTest} loads this class, and the library with it, in a class loader that
 * hides the API, and reads what it saw.
 */
public final class WithoutFaultToleranceScenario implements Supplier<Map<String, String>> {

    private static final String METHOD_KEY = "org.captchaee.impl.tencent.TencentClient/describeCaptchaResult/";

    @Override
    public Map<String, String> get() {
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put("api", FaultToleranceSupport.API_PRESENT ? "present" : "absent");
        for (Class<?> client : List.of(TencentClient.class, AliyunClient.class, SiteverifyClient.class)) {
            for (Method method : client.getDeclaredMethods()) {
                method.getAnnotations(); // what a CDI container reads: loads without the annotation types
            }
        }
        seen.put("timeout", timeout().toString());
        seen.put("keyedTimeout", timeout(METHOD_KEY + "Timeout/value", "800", METHOD_KEY + "Timeout/unit", "MILLIS"));
        FaultToleranceStatus status = new FaultToleranceStatus(new FaultToleranceProbe());
        seen.put("acts", Boolean.toString(status.acts()));
        GuardedCalls calls = status.guardedCalls(Logger.getLogger(getClass().getName()), "CAPTCHA-E999", "Stub", "k");
        AtomicInteger attempts = new AtomicInteger();
        Verdict verdict = calls.verdict(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new RequestNotSentException("Stub", new ConnectException("refused"));
            }
            return Verdict.passed("1");
        });
        seen.put("verdict", verdict.outcome() + " after " + attempts.get() + " attempts");
        try {
            calls.verdict(() -> {
                throw new IllegalStateException("a bug of the verifier");
            });
            seen.put("bug", "swallowed");
        } catch (IllegalStateException e) {
            seen.put("bug", "rethrown");
        }
        return seen;
    }

    private static String timeout(String... keysAndValues) {
        ConfigReader reader = new ConfigReader(TestConfigs.of(keysAndValues), problem -> {
            throw new IllegalArgumentException(problem);
        });
        return FaultToleranceTimeout.of(
                        reader, TencentClient.class, "describeCaptchaResult", TencentClient.TIMEOUT_MILLIS)
                .toString();
    }
}
