package org.captchaee.impl.request;

import java.util.List;
import java.util.Map;

/**
 * What the library reads from one HTTP request.
 *
 * @param captchaHeaders every value of every {@code X-Captcha-*} header, by lower-case name
 * @param peer the connection's peer address
 * @param forwarded every {@code Forwarded} header value
 * @param xForwardedFor every {@code X-Forwarded-For} header value
 * @param userAgent the {@code User-Agent}, or {@code null}
 */
public record CaptchaRequest(
        Map<String, List<String>> captchaHeaders,
        String peer,
        List<String> forwarded,
        List<String> xForwardedFor,
        String userAgent) {}
