package org.captchaee.impl.aliyun;

import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.log.MessageIds;
import org.captchaee.impl.provider.FaultToleranceStatus;
import org.captchaee.impl.provider.GuardedCalls;
import org.captchaee.impl.provider.RequestNotSentException;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * The calls to Alibaba Cloud, guarded by MicroProfile Fault Tolerance, one circuit breaker per API. Outages are thrown,
 * so that the circuit breakers count them; rejections are returned. The class and method names are part of the Fault
 * Tolerance keys that tune these values (for example
 * {@code org.captchaee.impl.aliyun.AliyunClient/verifyIntelligentCaptcha/Timeout/value}): keep them stable.
 *
 * <p>The client holds no state: each call is handed the configured API, so this class is only the Fault Tolerance
 * boundary.
 *
 * <ul>
 * <li>{@code @Timeout} 1.5 s; the HTTP client's own timeouts follow it, resolved with Fault Tolerance's own precedence
 * and units ({@link org.captchaee.impl.provider.FaultToleranceTimeout}), so no thread outlives it.</li>
 * <li>{@code @CircuitBreaker}: opens after half of 20 calls failed, stays open 10 s; while open, Alibaba Cloud is not
 * called.</li>
 * <li>{@code @Bulkhead} 50: a call beyond it fails at once, it never waits in a queue. Such a rejection is our own
 * overload, not the provider's failure: the breaker skips it ({@code skipOn}) and the call is refused, never passed.</li>
 * <li>{@code @Retry} once, only when the connection was refused: each parameter verifies once, so a re-sent one that
 * did arrive would come back "reused" (F008, F018, "Sig play back").</li>
 * </ul>
 */
@ApplicationScoped
public class AliyunClient {

    /** The default of {@code @Timeout}, in milliseconds. */
    public static final long TIMEOUT_MILLIS = 1500;

    /**
     * Asks Captcha 2.0 about one CaptchaVerifyParam.
     *
     * @param api the configured Captcha 2.0 API
     * @param captchaVerifyParam the parameter from the front end, forwarded byte for byte
     * @return the business answer, or a gateway error that is not an outage
     * @throws org.captchaee.spi.CaptchaUnavailableException for an outage
     */
    @Timeout(TIMEOUT_MILLIS)
    @CircuitBreaker(delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = BulkheadException.class)
    @Bulkhead(50)
    @Retry(maxRetries = 1, jitter = 0, retryOn = RequestNotSentException.class)
    public AliyunAnswer verifyIntelligentCaptcha(IntelligentCaptchaApi api, String captchaVerifyParam) {
        return AliyunResults.ANSWERS.unlessOutage(api.verify(captchaVerifyParam));
    }

    /**
     * Asks Captcha 1.0 about one ticket.
     *
     * @param api the configured Captcha 1.0 API
     * @param ticket the session id, sig and token from the front end, and the client IP
     * @return the business answer, or a gateway error that is not an outage
     * @throws org.captchaee.spi.CaptchaUnavailableException for an outage
     */
    @Timeout(TIMEOUT_MILLIS)
    @CircuitBreaker(delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = BulkheadException.class)
    @Bulkhead(50)
    @Retry(maxRetries = 1, jitter = 0, retryOn = RequestNotSentException.class)
    public AliyunAnswer authenticateSig(AuthenticateSigApi api, SigTicket ticket) {
        return AliyunResults.ANSWERS.unlessOutage(api.authenticate(ticket));
    }

    /**
     * How a verifier turns the outcomes of these calls into verdicts.
     *
     * @param faultTolerance whether Fault Tolerance guards the calls
     * @param log the verifier's logger
     * @return the translation, which names the keys to check when Alibaba Cloud refuses our credentials
     */
    static GuardedCalls guardedCalls(FaultToleranceStatus faultTolerance, Logger log) {
        return faultTolerance.guardedCalls(
                log,
                MessageIds.ALIYUN_REQUEST_REFUSED,
                "Alibaba Cloud",
                ConfigKeys.ALIYUN_ACCESS_KEY_ID + ", " + ConfigKeys.ALIYUN_ACCESS_KEY_SECRET
                        + ", the RAM permission AliyunYundunAFSFullAccess and the server's clock");
    }
}
