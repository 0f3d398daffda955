/**
 * A {@link org.captchaee.spi.CaptchaStateStore} on Redis for captcha-ee, selected with {@code captcha.store=redis} and
 * configured with the {@code captcha.store.redis.*} keys ({@link org.captchaee.redis.RedisConfigKeys}).
 */
package org.captchaee.redis;
