/**
 * What every cloud provider verifier shares: the HTTP client and outbound proxy, the translation of Fault
 * Tolerance results, the disaster tickets and the outage watch.
 *
 * <p>Internal: not part of captcha-ee's API, and may change in any release. The stable surface is the
 * {@code captcha-ee-api} module, the package {@code org.captchaee.jaxrs}, the configuration keys, and the
 * Fault Tolerance keys built on the provider clients' class and method names.
 */
package org.captchaee.impl.provider;
