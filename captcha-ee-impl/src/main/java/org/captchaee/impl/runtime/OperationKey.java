package org.captchaee.impl.runtime;

import java.lang.reflect.Method;

/**
 * Identifies one protected method of one bean class: a method inherited by two bean classes may carry two different
 * class-level settings.
 *
 * @param beanClass the bean class
 * @param method the method, as declared
 */
public record OperationKey(Class<?> beanClass, Method method) {}
