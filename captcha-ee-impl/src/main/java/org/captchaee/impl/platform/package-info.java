/**
 * What the class path offers: whether an optional API (a MicroProfile part the server may lack, a library the
 * application may add) is there.
 *
 * <p>Internal: not part of captcha-ee's API, and may change in any release. The stable surface is the
 * {@code captcha-ee-api} module, the package {@code org.captchaee.jaxrs}, the configuration keys, and the
 * Fault Tolerance keys built on the provider clients' class and method names.
 */
package org.captchaee.impl.platform;
