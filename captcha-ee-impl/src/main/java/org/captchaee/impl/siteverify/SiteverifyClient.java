package org.captchaee.impl.siteverify;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.captchaee.impl.provider.RequestNotSentException;
import org.captchaee.spi.CaptchaUnavailableException;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The calls to the siteverify endpoints, one method per provider so that each has its own Fault Tolerance: a reCAPTCHA
 * outage never opens hCaptcha's circuit, which may be its fallback. Outages are thrown, so that the circuit breakers
 * count them; rejections are returned. The class and method names are part of the Fault Tolerance keys that tune these
 * values (for example {@code org.captchaee.impl.siteverify.SiteverifyClient/turnstile/Timeout/value}): keep them stable.
 *
 * <p>The client holds no state: each call is handed the configured API, so this class is only the Fault Tolerance
 * boundary.
 *
 * <ul>
 * <li>{@code @Timeout} 2 s per attempt; the HTTP client's own timeouts follow it, resolved with Fault Tolerance's own
 * precedence and units ({@link org.captchaee.impl.provider.FaultToleranceTimeout}).</li>
 * <li>{@code @CircuitBreaker}: opens after half of 20 calls failed, stays open 10 s.</li>
 * <li>{@code @Bulkhead} 50: a call beyond it fails at once, it never waits in a queue. Such a rejection is our own
 * overload, not the provider's failure: the breaker skips it ({@code skipOn}) and the call is refused, never passed.</li>
 * <li>{@code @Retry} once. reCAPTCHA and hCaptcha: only when the connection was refused, since a token that reached
 * them is spent and a re-sent one would come back "already used". Turnstile: after any outage (a timeout, an HTTP
 * error, {@code internal-error}), since the retry carries the same {@code idempotency_key} and gets the first answer
 * again.</li>
 * </ul>
 */
@ApplicationScoped
public class SiteverifyClient {

    /** The default of {@code @Timeout}, in milliseconds. */
    public static final long TIMEOUT_MILLIS = 2000;

    /**
     * Asks reCAPTCHA about one token.
     *
     * @param api the provider's configured siteverify API
     * @param query the token and client IP
     * @return an answer that is not an outage
     * @throws CaptchaUnavailableException for an outage
     */
    @Timeout(TIMEOUT_MILLIS)
    @CircuitBreaker(delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = BulkheadException.class)
    @Bulkhead(50)
    @Retry(maxRetries = 1, jitter = 0, retryOn = RequestNotSentException.class)
    public SiteverifyAnswer recaptcha(SiteverifyApi api, SiteverifyQuery query) {
        return SiteverifyResults.OUTAGES.unlessOutage(api.verify(query));
    }

    /**
     * Asks hCaptcha about one token.
     *
     * @param api the provider's configured siteverify API
     * @param query the token and client IP
     * @return an answer that is not an outage
     * @throws CaptchaUnavailableException for an outage
     */
    @Timeout(TIMEOUT_MILLIS)
    @CircuitBreaker(delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = BulkheadException.class)
    @Bulkhead(50)
    @Retry(maxRetries = 1, jitter = 0, retryOn = RequestNotSentException.class)
    public SiteverifyAnswer hcaptcha(SiteverifyApi api, SiteverifyQuery query) {
        return SiteverifyResults.OUTAGES.unlessOutage(api.verify(query));
    }

    /**
     * Asks Turnstile about one token; a retry sends the query's idempotency key again.
     *
     * @param api the provider's configured siteverify API
     * @param query the token, client IP and idempotency key
     * @return an answer that is not an outage
     * @throws CaptchaUnavailableException for an outage
     */
    @Timeout(TIMEOUT_MILLIS)
    @CircuitBreaker(delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = BulkheadException.class)
    @Bulkhead(50)
    @Retry(
            maxRetries = 1,
            jitter = 0,
            retryOn = {CaptchaUnavailableException.class, TimeoutException.class})
    public SiteverifyAnswer turnstile(SiteverifyApi api, SiteverifyQuery query) {
        return SiteverifyResults.OUTAGES.unlessOutage(api.verify(query));
    }
}
