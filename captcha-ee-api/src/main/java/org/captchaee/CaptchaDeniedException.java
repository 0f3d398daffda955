package org.captchaee;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown by the captcha interceptor when a protected call may not run. The library's exception mapper turns it into the
 * {@code application/problem+json} answer described by {@link CaptchaError}; an application that wants another shape can
 * register its own {@code ExceptionMapper<CaptchaDeniedException>} with a higher priority (a lower
 * {@code jakarta.annotation.Priority} value).
 *
 * <p>The {@linkplain #getMessage() message} is the problem's {@code detail}: words a user can act on, never a secret,
 * a stack trace or provider internals. For the library's own refusals it is English, and the library's mapper writes
 * the {@code detail} in the language the request's {@code Accept-Language} prefers; the message of an exception an
 * application throws is its {@code detail} as it stands.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * &#64;Provider
 * &#64;Priority(Priorities.USER - 100)
 * public class LegacyCaptchaMapper implements ExceptionMapper&lt;CaptchaDeniedException&gt; {
 *     &#64;Override
 *     public Response toResponse(CaptchaDeniedException e) {
 *         return Response.status(e.error().status()).entity(Map.of("code", e.error().errorCode())).build();
 *     }
 * }
 * </pre>
 *
 * @since 0.1
 */
public class CaptchaDeniedException extends CaptchaException {

    private static final long serialVersionUID = 1L;

    /** The answer to give. */
    private final CaptchaError error;

    /** The verifier whose captcha the client must solve. */
    private final String verifier;

    private final transient Duration retryAfter;

    /**
     * Creates an exception.
     *
     * @param error the answer to give
     * @param verifier the name of the verifier whose captcha the client must solve
     * @param detail the problem's {@code detail}, for the user
     * @param retryAfter when to retry, for {@link CaptchaError#CAPTCHA_UNAVAILABLE} and
     *     {@link CaptchaError#CAPTCHA_RATE_LIMITED}; {@code null} otherwise
     */
    public CaptchaDeniedException(CaptchaError error, String verifier, String detail, Duration retryAfter) {
        super(detail);
        this.error = Objects.requireNonNull(error, "error");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.retryAfter = retryAfter;
    }

    /**
     * The answer to give.
     *
     * @return the error
     */
    public CaptchaError error() {
        return error;
    }

    /**
     * The name of the verifier whose captcha the client must solve.
     *
     * @return the verifier name
     */
    public String verifier() {
        return verifier;
    }

    /**
     * When the client should retry, for an outage or rate-limit answer.
     *
     * @return the delay for a {@code Retry-After} header, if any
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
