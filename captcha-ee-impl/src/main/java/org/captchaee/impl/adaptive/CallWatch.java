package org.captchaee.impl.adaptive;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaError;
import org.captchaee.impl.problem.LocalizedDeniedException;
import org.captchaee.impl.problem.ProblemMessage;
import org.captchaee.impl.runtime.Triggers;
import org.captchaee.impl.state.StateKey;

/**
 * Watches how one protected call ends, for the {@code afterFailures} trigger: a 401 or 403 counts as a failure, any
 * answer below 400 as a success that resets the count of the call's key. When the failure of a call made without a
 * captcha reaches the threshold, the call is answered {@code captcha_required} at once, so the client shows the captcha
 * before its next try. Either way the call then gives back the places it held.
 *
 * <p>Where the JAX-RS runtime reports the final status (see {@code CallOutcomeFilter}), the watch is told that status,
 * after exception mappers ran, and whatever the kind of resource method; otherwise the interceptor tells it what the
 * method returned or threw. A watch ends once.
 */
public final class CallWatch {

    /** The request attribute, {@link Boolean#TRUE}, that says a filter will see the call's final status. */
    public static final String FINAL_STATUS_SEEN = "org.captchaee.final-status-seen";

    /** The request attribute that carries the watch of the call to the filter that sees its final status. */
    public static final String REQUEST_ATTRIBUTE = "org.captchaee.call-watch";

    private static final CallWatch NONE =
            new CallWatch(null, "", Triggers.ALWAYS, "", Optional.empty(), "", true, List.of());

    private final AdaptiveCounters counters;
    private final String operation;
    private final Triggers triggers;
    private final String client;
    private final Optional<String> key;
    private final String verifier;
    private final boolean captchaChecked;
    private final List<StateKey> places;
    private final AtomicBoolean ended = new AtomicBoolean();

    /**
     * Creates a watch.
     *
     * @param counters the counts
     * @param operation the protected method
     * @param triggers its triggers
     * @param client the client's state key (an IPv4 address or an IPv6 prefix)
     * @param key the call's {@code @CaptchaKey}, if any
     * @param verifier the verifier that would check a captcha
     * @param captchaChecked whether this call's captcha was checked (then its own answer is kept)
     * @param places the places the call holds until it ends
     */
    public CallWatch(
            AdaptiveCounters counters,
            String operation,
            Triggers triggers,
            String client,
            Optional<String> key,
            String verifier,
            boolean captchaChecked,
            List<StateKey> places) {
        this.counters = counters;
        this.operation = operation;
        this.triggers = triggers;
        this.client = client;
        this.key = key;
        this.verifier = verifier;
        this.captchaChecked = captchaChecked;
        this.places = List.copyOf(places);
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
        ended(result instanceof Response response ? response.getStatus() : Response.Status.OK.getStatusCode());
    }

    /**
     * The method threw.
     *
     * @param failure what it threw
     * @throws CaptchaDeniedException when this failure reaches the threshold, in place of the failure
     */
    public void threw(Throwable failure) {
        ended(
                failure instanceof WebApplicationException web && web.getResponse() != null
                        ? web.getResponse().getStatus()
                        : Response.Status.INTERNAL_SERVER_ERROR.getStatusCode());
    }

    /**
     * The call ended with a final HTTP status; calls after the first do nothing.
     *
     * @param status the status the client receives
     * @throws CaptchaDeniedException when this failure reaches the threshold, to be answered in its place
     */
    public void ended(int status) {
        if (this == NONE || !ended.compareAndSet(false, true)) {
            return;
        }
        try {
            judge(status);
        } finally {
            counters.release(places);
        }
    }

    private void judge(int status) {
        if (status == 401 || status == 403) {
            boolean reached = counters.failed(operation, triggers, client, key);
            if (reached && !captchaChecked) {
                throw new LocalizedDeniedException(
                        CaptchaError.CAPTCHA_REQUIRED,
                        verifier,
                        ProblemMessage.of("detail.adaptive.too_many_failures"),
                        null);
            }
        } else if (status < 400) {
            counters.succeeded(operation, key);
        }
    }
}
