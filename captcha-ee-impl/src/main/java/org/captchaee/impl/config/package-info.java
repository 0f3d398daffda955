/**
 * A toolkit to read MicroProfile Config: trimmed values where blank means unset, typed readers that collect every
 * problem with its key and fix, and a lazily made value.
 *
 * <p>Internal: not part of captcha-ee's API, and may change in any release. The stable surface is the
 * {@code captcha-ee-api} module, the package {@code org.captchaee.jaxrs}, the configuration keys, and the
 * Fault Tolerance keys built on the provider clients' class and method names.
 */
package org.captchaee.impl.config;
