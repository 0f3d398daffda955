/**
 * Tencent Cloud Captcha: settings, the TC3-signed API call, the mapping of answers to verdicts and outages, and
 * the verifier.
 *
 * <p>Internal, with one exception: the class and method names of {@code org.captchaee.impl.tencent.TencentClient} are public configuration, the
 * Fault Tolerance keys that tune its calls (for example {@code org.captchaee.impl.tencent.TencentClient/describeCaptchaResult/Timeout/value}), and never change. Everything
 * else may change in any release.
 */
package org.captchaee.impl.tencent;
