/**
 * The two classes of the implementation that an application may have to name, kept stable like the API module.
 * An application that lists its JAX-RS classes in {@code Application.getClasses()} (which turns scanning off) adds
 * {@link org.captchaee.jaxrs.CaptchaFeature}, and {@link org.captchaee.jaxrs.CaptchaEndpoints} when it uses a built-in
 * captcha; an application that relies on scanning names neither. Everything under {@code org.captchaee.impl} is
 * internal.
 */
package org.captchaee.jaxrs;
