/**
 * The JAX-RS providers: the answer to a refusal, the routing of the library's endpoints, and the filters that see a
 * call's final status.
 *
 * <p>Internal: not part of captcha-ee's API, and may change in any release. The stable surface is the
 * {@code captcha-ee-api} module, the package {@code org.captchaee.jaxrs}, the configuration keys, and the
 * Fault Tolerance keys built on the provider clients' class and method names.
 */
package org.captchaee.impl.rest;
