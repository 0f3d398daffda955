package org.captchaee.impl.rest;

import java.lang.reflect.Method;
import java.util.Optional;

import jakarta.ws.rs.container.ResourceInfo;

import org.captchaee.RequiresCaptcha;

/**
 * A JAX-RS resource method that {@link RequiresCaptcha} protects, found as the CDI interceptor binding would be: on the
 * method the resource class runs, or else on the class (inherited from a superclass too).
 *
 * @param resourceClass the resource class
 * @param method the method the resource class runs, which may be declared by a superclass
 */
record ProtectedResourceMethod(Class<?> resourceClass, Method method) {

    /**
     * The protected method of one resource method.
     *
     * @param resource the resource method, as JAX-RS describes it
     * @return the protected method, or empty if the method is not protected
     */
    static Optional<ProtectedResourceMethod> of(ResourceInfo resource) {
        Class<?> resourceClass = resource.getResourceClass();
        Method reported = resource.getResourceMethod();
        if (resourceClass == null || reported == null) {
            return Optional.empty();
        }
        Method method = implementation(resourceClass, reported);
        boolean annotated = method.isAnnotationPresent(RequiresCaptcha.class)
                || resourceClass.isAnnotationPresent(RequiresCaptcha.class);
        return annotated ? Optional.of(new ProtectedResourceMethod(resourceClass, method)) : Optional.empty();
    }

    /** Where it was written: {@code class#method}. */
    String name() {
        return resourceClass.getName() + "#" + method.getName();
    }

    /** The method the class runs: JAX-RS may report the one that carries the JAX-RS annotations, on an interface. */
    private static Method implementation(Class<?> resourceClass, Method reported) {
        try {
            return resourceClass.getMethod(reported.getName(), reported.getParameterTypes());
        } catch (NoSuchMethodException e) {
            return reported;
        }
    }
}
