/**
 * captcha-ee: a captcha in front of any JAX-RS endpoint with one annotation.
 *
 * <p>Annotate a resource method or class with {@link org.captchaee.RequiresCaptcha}, choose a verifier with the
 * configuration key {@code captcha.verifier}, and every call must carry a captcha the verifier accepts. Each call fires a
 * {@link org.captchaee.CaptchaEvent}; refused calls get the answers listed in {@link org.captchaee.CaptchaError}.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * &#64;POST
 * &#64;Path("sms-code")
 * &#64;RequiresCaptcha(scene = "sms")
 * public void sendCode(Phone phone) { ... }
 * </pre>
 *
 * <p>Extension points (verifiers) live in {@link org.captchaee.spi}.
 */
package org.captchaee;
