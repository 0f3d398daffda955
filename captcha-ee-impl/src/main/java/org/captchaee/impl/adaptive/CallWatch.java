package org.captchaee.impl.adaptive;

import java.util.Optional;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaError;
import org.captchaee.impl.config.Triggers;

/**
 * Watches how one protected call ends, for the {@code afterFailures} trigger: a 401 or 403 (returned or thrown) counts
 * as a failure, any answer below 400 as a success that resets the count. When the failure of a call made without a
 * captcha reaches the threshold, the call is answered {@code captcha_required} at once, so the client shows the captcha
 * before its next try.
 */
public final class CallWatch {

    private static final CallWatch NONE = new CallWatch(null, "", Triggers.ALWAYS, "", Optional.empty(), "", true);

    private final AdaptiveCounters counters;
    private final String operation;
    private final Triggers triggers;
    private final String clientIp;
    private final Optional<String> key;
    private final String verifier;
    private final boolean captchaChecked;

    /**
     * Creates a watch.
     *
     * @param counters the counts
     * @param operation the protected method
     * @param triggers its triggers
     * @param clientIp the client IP
     * @param key the call's {@code @CaptchaKey}, if any
     * @param verifier the verifier that would check a captcha
     * @param captchaChecked whether this call's captcha was checked (then its own answer is kept)
     */
    public CallWatch(
            AdaptiveCounters counters,
            String operation,
            Triggers triggers,
            String clientIp,
            Optional<String> key,
            String verifier,
            boolean captchaChecked) {
        this.counters = counters;
        this.operation = operation;
        this.triggers = triggers;
        this.clientIp = clientIp;
        this.key = key;
        this.verifier = verifier;
        this.captchaChecked = captchaChecked;
    }

    /**
     * A watch that does nothing, for methods without the {@code afterFailures} trigger.
     *
     * @return the watch
     */
    public static CallWatch none() {
        return NONE;
    }

    /**
     * The method returned.
     *
     * @param result what it returned
     * @throws CaptchaDeniedException when this failure reaches the threshold
     */
    public void returned(Object result) {
        judge(result instanceof Response response ? response.getStatus() : Response.Status.OK.getStatusCode());
    }

    /**
     * The method threw.
     *
     * @param failure what it threw
     * @throws CaptchaDeniedException when this failure reaches the threshold, in place of the failure
     */
    public void threw(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse() != null) {
            judge(web.getResponse().getStatus());
        }
    }

    private void judge(int status) {
        if (this == NONE) {
            return;
        }
        if (status == 401 || status == 403) {
            boolean reached = counters.failed(operation, triggers, clientIp, key);
            if (reached && !captchaChecked) {
                throw new CaptchaDeniedException(
                        CaptchaError.CAPTCHA_REQUIRED,
                        verifier,
                        "Too many failed attempts: solve the captcha named in 'verifier' and send it with the next try.",
                        null);
            }
        } else if (status < 400) {
            counters.succeeded(operation, clientIp, key);
        }
    }
}
