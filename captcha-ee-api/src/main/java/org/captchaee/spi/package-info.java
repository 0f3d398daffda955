/**
 * The extension points of captcha-ee: write a {@link org.captchaee.spi.CaptchaVerifier} bean with a
 * {@link org.captchaee.spi.VerifierName} to add a captcha provider, or to replace a built-in one.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * &#64;ApplicationScoped
 * &#64;VerifierName("pin")
 * public class PinVerifier implements CaptchaVerifier {
 *     &#64;Override
 *     public Verdict verify(CaptchaSubmission submission) { ... }
 * }
 * </pre>
 */
package org.captchaee.spi;
