package org.captchaee;

import java.util.Locale;

/**
 * The answers a protected call gives when it does not run, as {@code application/problem+json} (RFC 9457) bodies with
 * the members {@code type}, {@code title}, {@code status}, {@code detail}, {@code error_description} (the same text as
 * {@code detail}, for CloudBase-style clients), {@code error}, {@code error_code} and {@code verifier} (the captcha the
 * client must solve). {@code title} and {@code detail} are written in the language the request's
 * {@code Accept-Language} prefers; {@code type}, {@code error} and {@code error_code} never change with it.
 *
 * <table>
 * <caption>Answers</caption>
 * <tr><th>constant</th><th>status</th><th>error</th><th>error_code</th><th>when</th></tr>
 * <tr><td>{@link #CAPTCHA_REQUIRED}</td><td>403</td><td>captcha_required</td><td>4001</td>
 *     <td>the request carries no captcha</td></tr>
 * <tr><td>{@link #CAPTCHA_INVALID}</td><td>403</td><td>captcha_invalid</td><td>4002</td>
 *     <td>the verifier rejected the captcha</td></tr>
 * <tr><td>{@link #CAPTCHA_MALFORMED}</td><td>400</td><td>captcha_malformed</td><td>4003</td>
 *     <td>a captcha header is over 4 KiB, has control characters or the wrong shape</td></tr>
 * <tr><td>{@link #CAPTCHA_BODY_TOO_LARGE}</td><td>413</td><td>captcha_body_too_large</td><td>4131</td>
 *     <td>a body the library reads is over its limit: the {@code @CaptchaKey} body (64 Ki characters) or a body sent
 *     to the captcha endpoints (8 KiB)</td></tr>
 * <tr><td>{@link #CAPTCHA_RATE_LIMITED}</td><td>429</td><td>captcha_rate_limited</td><td>4291</td>
 *     <td>the client asked for more image challenges a minute than {@code captcha.image.max-challenges-per-minute}
 *     allows; {@code Retry-After} says when to ask again</td></tr>
 * <tr><td>{@link #CAPTCHA_UNAVAILABLE}</td><td>503</td><td>captcha_unavailable</td><td>5031</td>
 *     <td>the verifier is down and the outage policy is {@code deny}</td></tr>
 * </table>
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * if (response.getStatus() == 403
 *         &amp;&amp; CaptchaError.CAPTCHA_REQUIRED.error().equals(problem.getString("error"))) {
 *     showCaptcha(problem.getString("verifier"));
 * }
 * </pre>
 *
 * @since 0.1
 * @see CaptchaDeniedException
 */
public enum CaptchaError {
    /** No captcha in the request: solve the captcha named by {@code verifier} and send it. */
    CAPTCHA_REQUIRED(403, 4001, "Captcha required"),
    /** The captcha was rejected: solve a new one. */
    CAPTCHA_INVALID(403, 4002, "Captcha invalid"),
    /**
     * A captcha header is too long, has control characters or has the wrong shape; or the {@code @CaptchaKey} member of
     * the body is not a JSON string or number, or appears twice with different values.
     */
    CAPTCHA_MALFORMED(400, 4003, "Captcha malformed"),
    /** A body the library reads (the {@code @CaptchaKey} body, or a body sent to the captcha endpoints) is too large. */
    CAPTCHA_BODY_TOO_LARGE(413, 4131, "Body too large"),
    /** The client asked for too many captcha challenges: wait for {@code Retry-After} and ask again. */
    CAPTCHA_RATE_LIMITED(429, 4291, "Too many challenges"),
    /** The captcha service is down and the endpoint refuses calls meanwhile: retry later. */
    CAPTCHA_UNAVAILABLE(503, 5031, "Captcha unavailable");

    private final int status;
    private final int errorCode;
    private final String title;

    CaptchaError(int status, int errorCode, String title) {
        this.status = status;
        this.errorCode = errorCode;
        this.title = title;
    }

    /**
     * The HTTP status of the answer.
     *
     * @return 400, 403, 413, 429 or 503
     */
    public int status() {
        return status;
    }

    /**
     * The {@code error} member: the constant's name in lower case, for example {@code captcha_required}.
     *
     * @return the error
     */
    public String error() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The numeric {@code error_code} member, for example 4001.
     *
     * @return the error code
     */
    public int errorCode() {
        return errorCode;
    }

    /**
     * The {@code title} member in English: a short summary that does not change from call to call. The library's
     * exception mapper writes it in the request's language.
     *
     * @return the English title
     */
    public String title() {
        return title;
    }
}
