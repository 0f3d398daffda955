package org.captchaee.impl.adaptive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.captchaee.impl.config.Triggers;
import org.captchaee.impl.state.StoreTrouble;
import org.captchaee.spi.CaptchaStateStore;

/**
 * The counts behind adaptive mode, in the {@link CaptchaStateStore} (so a shared store makes them cluster-wide): failed
 * calls and calls, per protected method, per client IP and per {@code @CaptchaKey}.
 */
public final class AdaptiveCounters {

    private final CaptchaStateStore store;

    /**
     * Creates the counters.
     *
     * @param store where the counts live
     */
    public AdaptiveCounters(CaptchaStateStore store) {
        this.store = store;
    }

    /**
     * Counts a call and tells whether it needs a captcha.
     *
     * @param operation the protected method, for example {@code com.example.Login#login}
     * @param triggers the method's triggers
     * @param clientIp the client IP
     * @param key the call's {@code @CaptchaKey}, if any
     * @return {@code true} when a captcha is required, and when the store cannot tell
     */
    public boolean captchaRequired(String operation, Triggers triggers, String clientIp, Optional<String> key) {
        if (triggers.always()) {
            return true;
        }
        try {
            return countCall(operation, triggers, clientIp, key);
        } catch (RuntimeException e) {
            StoreTrouble.report("count adaptive calls", e);
            return true;
        }
    }

    private boolean countCall(String operation, Triggers triggers, String clientIp, Optional<String> key) {
        boolean required = false;
        if (triggers.afterRequests() > 0) {
            for (String counter : counters("calls", operation, clientIp, key)) {
                required |= store.increment(counter, triggers.requestWindow()) > triggers.afterRequests();
            }
        }
        if (triggers.afterFailures() > 0) {
            for (String counter : counters("failures", operation, clientIp, key)) {
                required |= store.count(counter) >= triggers.afterFailures();
            }
        }
        return required;
    }

    /**
     * Counts a failed call.
     *
     * @param operation the protected method
     * @param triggers the method's triggers
     * @param clientIp the client IP
     * @param key the call's {@code @CaptchaKey}, if any
     * @return {@code true} when the failures now reach the threshold
     */
    public boolean failed(String operation, Triggers triggers, String clientIp, Optional<String> key) {
        boolean reached = false;
        try {
            for (String counter : counters("failures", operation, clientIp, key)) {
                reached |= store.increment(counter, triggers.failureWindow()) >= triggers.afterFailures();
            }
        } catch (RuntimeException e) {
            StoreTrouble.report("count a failure", e);
        }
        return reached;
    }

    /**
     * Forgets the failures of a client and key after a call that succeeded.
     *
     * @param operation the protected method
     * @param clientIp the client IP
     * @param key the call's {@code @CaptchaKey}, if any
     */
    public void succeeded(String operation, String clientIp, Optional<String> key) {
        try {
            counters("failures", operation, clientIp, key).forEach(store::remove);
        } catch (RuntimeException e) {
            StoreTrouble.report("reset failures", e);
        }
    }

    private static List<String> counters(String kind, String operation, String clientIp, Optional<String> key) {
        List<String> counters = new ArrayList<>(2);
        counters.add("adaptive:" + kind + ":" + operation + ":ip:" + clientIp);
        key.ifPresent(value -> counters.add("adaptive:" + kind + ":" + operation + ":key:" + value));
        return counters;
    }
}
