package org.captchaee.impl.rest;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.impl.runtime.CaptchaOperation;
import org.captchaee.impl.runtime.RuntimeRegistry;

/**
 * Looks at every resource method as the JAX-RS application starts, and adds what a protected method needs. One private
 * method per job.
 *
 * <ul>
 * <li>A method protected by {@link org.captchaee.RequiresCaptcha} whose resource class is no CDI bean would run
 * without its captcha, since no CDI interceptor runs on an object that JAX-RS creates itself. The first time, the
 * application fails to start, naming the class and the fix: on WildFly and Payara Micro, which start the JAX-RS
 * application while deploying, that fails the deployment. Open Liberty starts it only after the deployment succeeded
 * and starts it again on the first request: from then on the method answers {@code 500} ({@link
 * UnprotectedMethodFilter}) and never runs.</li>
 * <li>A method with {@code afterFailures} gets {@link CallOutcomeFilter}, which tells adaptive mode the final status of
 * each call: after exception mappers, and for every kind of resource method.</li>
 * </ul>
 */
@Provider
@ApplicationScoped
public class CaptchaDynamicFeature implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(CaptchaDynamicFeature.class.getName());

    @Inject
    RuntimeRegistry registry;

    @Inject
    CaptchaDeniedExceptionMapper problems;

    /** The unprotected methods already reported by a failed start, by name. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        ProtectedResourceMethod.of(resource).ifPresent(method -> registry.runtime()
                .operation(method.resourceClass(), method.method())
                .ifPresentOrElse(
                        operation -> observeFinalStatus(operation, context), () -> refuseUnprotected(method, context)));
    }

    /** Lets adaptive mode count a method's failures on the status the client receives. */
    private void observeFinalStatus(CaptchaOperation operation, FeatureContext context) {
        if (operation.triggers().afterFailures() > 0) {
            context.register(new CallOutcomeFilter(problems));
        }
    }

    /** Refuses a method the captcha interceptor does not know: it would run unprotected. */
    private void refuseUnprotected(ProtectedResourceMethod method, FeatureContext context) {
        String message = UnprotectedResources.message(method);
        if (reported.add(method.name())) {
            LOG.severe(message);
            throw new CaptchaDefinitionException(message);
        }
        context.register(
                new UnprotectedMethodFilter(
                        UnprotectedResources.detail(method),
                        registry.runtime().testMode().isOn()),
                Priorities.AUTHENTICATION);
    }
}
