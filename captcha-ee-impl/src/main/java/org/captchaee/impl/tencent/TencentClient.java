package org.captchaee.impl.tencent;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.captchaee.impl.provider.RequestNotSentException;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * The call to Tencent, guarded by MicroProfile Fault Tolerance. Outages are thrown, so that the circuit breaker counts
 * them; rejections are returned. The class and method names are part of the Fault Tolerance keys that tune these values
 * (for example {@code org.captchaee.impl.tencent.TencentClient/describeCaptchaResult/Timeout/value}): keep them stable.
 *
 * <p>The client holds no state: each call is handed the configured API, so this class is only the Fault Tolerance
 * boundary.
 *
 * <ul>
 * <li>{@code @Timeout} 1.5 s; the HTTP client's own timeouts follow it, resolved with Fault Tolerance's own precedence
 * and units ({@link org.captchaee.impl.provider.FaultToleranceTimeout}), so no thread outlives it.</li>
 * <li>{@code @CircuitBreaker}: opens after half of 20 calls failed, stays open 10 s; while open, Tencent is not
 * called.</li>
 * <li>{@code @Bulkhead} 50: a call beyond it fails at once, it never waits in a queue. Such a rejection is our own
 * overload, not the provider's failure: the breaker skips it ({@code skipOn}) and the call is refused, never passed.</li>
 * <li>{@code @Retry} once, only when the connection was refused: a re-sent ticket would come back "ticket reused".</li>
 * </ul>
 */
@ApplicationScoped
public class TencentClient {

    /** The default of {@code @Timeout}, in milliseconds. */
    public static final long TIMEOUT_MILLIS = 1500;

    /**
     * Asks Tencent about one ticket.
     *
     * @param api the configured API
     * @param query the ticket, random string and client IP
     * @return the business answer, or an API error that is not an outage
     * @throws org.captchaee.spi.CaptchaUnavailableException for an outage
     */
    @Timeout(TIMEOUT_MILLIS)
    @CircuitBreaker(delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = BulkheadException.class)
    @Bulkhead(50)
    @Retry(maxRetries = 1, jitter = 0, retryOn = RequestNotSentException.class)
    public TencentAnswer describeCaptchaResult(TencentApi api, TencentQuery query) {
        return TencentResults.ANSWERS.unlessOutage(api.describe(query));
    }
}
