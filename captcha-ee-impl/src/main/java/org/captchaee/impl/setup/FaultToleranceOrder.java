package org.captchaee.impl.setup;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.stream.Stream;

import org.captchaee.impl.config.ConfigProblems;
import org.eclipse.microprofile.config.Config;

/**
 * Checks that MicroProfile Fault Tolerance still runs after the captcha check. An operator can move Fault Tolerance's
 * interceptor with {@code mp.fault.tolerance.interceptor.priority}; placed before ours, a {@code @Fallback} or
 * {@code @Retry} on a protected method would see every refused call, and a fallback would answer in its place. The
 * annotations are recognised by package, so this library needs no Fault Tolerance classes.
 */
public final class FaultToleranceOrder {

    /** The Fault Tolerance key that moves its interceptor. */
    public static final String PRIORITY_KEY = "mp.fault.tolerance.interceptor.priority";

    private static final String FT_PACKAGE = "org.eclipse.microprofile.faulttolerance.";

    private final Optional<Integer> faultTolerancePriority;
    private final int captchaPriority;

    /**
     * Creates a check.
     *
     * @param config the application's configuration
     * @param captchaPriority the priority of the captcha interceptor
     * @param problems where an unreadable priority is recorded
     */
    public FaultToleranceOrder(Config config, int captchaPriority, ConfigProblems problems) {
        this.captchaPriority = captchaPriority;
        Optional<String> value = config.getOptionalValue(PRIORITY_KEY, String.class);
        Optional<Integer> priority = Optional.empty();
        if (value.isPresent()) {
            try {
                priority = Optional.of(Integer.valueOf(value.get().trim()));
            } catch (NumberFormatException e) {
                problems.invalid(PRIORITY_KEY, value.get(), "an integer");
            }
        }
        this.faultTolerancePriority = priority;
    }

    /**
     * Checks one protected method.
     *
     * @param beanClass the bean class
     * @param method the method
     * @param problems where a wrong order is recorded
     */
    public void check(Class<?> beanClass, Method method, ConfigProblems problems) {
        if (faultTolerancePriority.isEmpty() || faultTolerancePriority.get() > captchaPriority) {
            return;
        }
        if (usesFaultTolerance(beanClass.getAnnotations()) || usesFaultTolerance(method.getAnnotations())) {
            problems.add(PRIORITY_KEY + "=" + faultTolerancePriority.get() + " runs Fault Tolerance before the captcha"
                    + " check (priority " + captchaPriority + ") of " + beanClass.getName() + "#" + method.getName()
                    + ", so its fault tolerance would handle refused calls. Fix: remove the key or set it above "
                    + captchaPriority + ".");
        }
    }

    private static boolean usesFaultTolerance(Annotation[] annotations) {
        return Stream.of(annotations)
                .anyMatch(annotation -> annotation.annotationType().getName().startsWith(FT_PACKAGE));
    }
}
