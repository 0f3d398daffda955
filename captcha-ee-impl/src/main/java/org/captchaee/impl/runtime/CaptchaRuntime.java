package org.captchaee.impl.runtime;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

import org.captchaee.impl.request.ClientIpResolver;
import org.captchaee.impl.testmode.TestMode;
import org.captchaee.spi.CaptchaVerifier;

/**
 * Everything resolved at deployment: the application-wide settings and the operation of every protected method.
 *
 * @param settings the application-wide settings
 * @param operations the operation of every protected method
 * @param clientIps the client IP resolver built from the trusted proxies
 * @param verifiers the verifier of every name in use
 * @param testMode whether {@code captcha.test-mode} is on, and its reminder
 */
public record CaptchaRuntime(
        CaptchaSettings settings,
        Map<OperationKey, CaptchaOperation> operations,
        ClientIpResolver clientIps,
        Map<String, CaptchaVerifier> verifiers,
        TestMode testMode) {

    // makes the maps immutable
    public CaptchaRuntime {
        operations = Map.copyOf(operations);
        verifiers = Map.copyOf(verifiers);
    }

    /**
     * A verifier in use.
     *
     * @param name the verifier name
     * @return the verifier
     * @throws IllegalArgumentException if no method uses that verifier
     */
    public CaptchaVerifier verifier(String name) {
        CaptchaVerifier verifier = verifiers.get(name);
        if (verifier == null) {
            throw new IllegalArgumentException("No verifier named '" + name + "' was resolved at deployment");
        }
        return verifier;
    }

    /**
     * The operation of one protected method.
     *
     * @param beanClass the bean class
     * @param method the method
     * @return the operation, if the method is protected
     */
    public Optional<CaptchaOperation> operation(Class<?> beanClass, Method method) {
        return Optional.ofNullable(operations.get(new OperationKey(beanClass, method)));
    }
}
