package org.captchaee.jaxrs;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

import org.captchaee.impl.rest.CaptchaDeniedExceptionMapper;
import org.captchaee.impl.rest.CaptchaDynamicFeature;
import org.captchaee.impl.rest.EndpointPathFilter;

/**
 * Registers the JAX-RS providers of captcha-ee, for applications that list their classes in
 * {@code Application.getClasses()} and so turn off scanning. Applications that rely on scanning need nothing. Such an
 * application also lists {@link CaptchaEndpoints} if it uses a built-in captcha (a feature cannot add resources).
 *
 * <pre>
 * &#64;Override
 * public Set&lt;Class&lt;?&gt;&gt; getClasses() {
 *     return Set.of(LoginResource.class, CaptchaFeature.class, CaptchaEndpoints.class);
 * }
 * </pre>
 */
public class CaptchaFeature implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        for (Class<?> provider : new Class<?>[] {
            CaptchaDeniedExceptionMapper.class, EndpointPathFilter.class, CaptchaDynamicFeature.class
        }) {
            if (!context.getConfiguration().isRegistered(provider)) {
                context.register(provider);
            }
        }
        return true;
    }
}
