/**
 * reCAPTCHA, hCaptcha and Turnstile, which share the siteverify protocol: one table per dialect feeds one
 * settings reader, API and verifier.
 *
 * <p>Internal, with one exception: the class and method names of {@code org.captchaee.impl.siteverify.SiteverifyClient} are public configuration, the
 * Fault Tolerance keys that tune its calls (for example {@code org.captchaee.impl.siteverify.SiteverifyClient/recaptcha/Timeout/value}), and never change. Everything
 * else may change in any release.
 */
package org.captchaee.impl.siteverify;
