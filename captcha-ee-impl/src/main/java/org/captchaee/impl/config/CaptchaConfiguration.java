package org.captchaee.impl.config;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

import org.captchaee.impl.request.ClientIpResolver;

/**
 * Everything resolved at deployment: the application-wide settings and the operation of every protected method.
 *
 * @param settings the application-wide settings
 * @param operations the operation of every protected method
 * @param clientIps the client IP resolver built from the trusted proxies
 */
public record CaptchaConfiguration(
        CaptchaSettings settings, Map<OperationKey, CaptchaOperation> operations, ClientIpResolver clientIps) {

    /** Makes the map immutable. */
    public CaptchaConfiguration {
        operations = Map.copyOf(operations);
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
