package org.captchaee.impl;

import java.io.Serializable;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Intercepted;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.captchaee.RequiresCaptcha;
import org.captchaee.impl.adaptive.CallWatch;

/**
 * The interceptor of {@link RequiresCaptcha}. It runs in the {@code LIBRARY_BEFORE} range, so before MicroProfile Fault
 * Tolerance (4010) and the application's own interceptors: a refused call is never retried or sent to a fallback
 * method, and the method only runs once the captcha passed.
 *
 * <p>Serializable, as the CDI specification asks of the interceptors of passivation-capable beans (a
 * {@code @SessionScoped} protected bean) and as Eclipse GlassFish's EJB container asks of every interceptor of an
 * enterprise bean. What it holds is serializable too: the guard's client proxy and the intercepted bean's metadata.
 */
@RequiresCaptcha
@Interceptor
@Priority(CaptchaInterceptor.PRIORITY)
public class CaptchaInterceptor implements Serializable {

    /** The interceptor's priority: {@code Interceptor.Priority.LIBRARY_BEFORE + 100}. */
    public static final int PRIORITY = Interceptor.Priority.LIBRARY_BEFORE + 100;

    private static final long serialVersionUID = 1L;

    private final CaptchaGuard guard;
    private final Bean<?> intercepted;

    /**
     * Creates the interceptor.
     *
     * @param guard enforces the captcha
     * @param intercepted the bean whose method is called
     */
    @Inject
    public CaptchaInterceptor(CaptchaGuard guard, @Intercepted Bean<?> intercepted) {
        this.guard = guard;
        this.intercepted = intercepted;
    }

    /**
     * Checks the captcha (when one is required or sent), lets the call run, and tells adaptive mode how it ended.
     *
     * @param context the invocation
     * @return what the method returns
     * @throws Exception what the method throws, or {@link org.captchaee.CaptchaDeniedException}
     */
    @AroundInvoke
    public Object checkCaptcha(InvocationContext context) throws Exception {
        CallWatch watch = guard.enforce(intercepted.getBeanClass(), context.getMethod(), context.getParameters());
        Object result;
        try {
            result = context.proceed();
        } catch (Exception e) {
            watch.threw(e);
            throw e;
        }
        watch.returned(result);
        return result;
    }
}
