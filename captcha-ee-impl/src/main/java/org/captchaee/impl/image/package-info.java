/**
 * The built-in image captcha: challenges, their one-time answers, and the verifier.
 *
 * <p>Internal: not part of captcha-ee's API, and may change in any release. The stable surface is the
 * {@code captcha-ee-api} module, the package {@code org.captchaee.jaxrs}, the configuration keys, and the
 * Fault Tolerance keys built on the provider clients' class and method names.
 */
package org.captchaee.impl.image;
