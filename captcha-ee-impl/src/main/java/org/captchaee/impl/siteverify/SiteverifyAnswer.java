package org.captchaee.impl.siteverify;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a siteverify endpoint answered, in the fields the verifiers check.
 *
 * @param success whether the provider accepted the token
 * @param errorCodes the {@code error-codes}, empty when there are none
 * @param hostname the site where the captcha was solved, if answered
 * @param action the reCAPTCHA v3 action, if answered
 * @param score the reCAPTCHA v3 score (1.0 very likely human), if answered; never read for other providers
 */
public record SiteverifyAnswer(
        boolean success,
        List<String> errorCodes,
        Optional<String> hostname,
        Optional<String> action,
        OptionalDouble score) {}
