/**
 * Alibaba Cloud Captcha 2.0 ({@code aliyun}) and 1.0 ({@code aliyun-v1}): settings, signed API calls, the mapping of
 * answers to verdicts and outages, and the verifiers.
 *
 * <p>Internal, with one exception: the class and method names of {@code org.captchaee.impl.aliyun.AliyunClient} are public configuration, the
 * Fault Tolerance keys that tune its calls (for example {@code org.captchaee.impl.aliyun.AliyunClient/verifyIntelligentCaptcha/Timeout/value}), and never change. Everything
 * else may change in any release.
 */
package org.captchaee.impl.aliyun;
