package org.captchaee.impl.adaptive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.captchaee.impl.config.Triggers;
import org.captchaee.impl.state.StoreTrouble;
import org.captchaee.spi.CaptchaStateStore;

/**
 * The counts behind adaptive mode, in the {@link CaptchaStateStore} (so a shared store makes them cluster-wide): calls
 * and failed calls, per protected method, per client (an IPv4 address or an IPv6 prefix) and per {@code @CaptchaKey}.
 *
 * <p>Calls that may fail without a captcha are admitted against places: a call holds one of the {@code afterFailures}
 * places left by the failures counted so far until it ends, so however many calls arrive at once, no more run without a
 * captcha than failures are still allowed. A call that is refused keeps nothing in the store.
 */
public final class AdaptiveCounters {

    /** How long a call holds its place at most; one that runs longer gives it back early. */
    static final Duration PLACE_LIFETIME = Duration.ofMinutes(1);

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
     * Counts a call and tells whether it needs a captcha; a call that may run without one holds its places.
     *
     * @param operation the protected method, for example {@code com.example.Login#login}
     * @param triggers the method's triggers
     * @param client the client's state key (an IPv4 address or an IPv6 prefix)
     * @param key the call's {@code @CaptchaKey}, if any
     * @param captchaSent whether the call carries a captcha, which is checked whatever the counts say
     * @return the admission; a captcha is required also when the store cannot tell
     */
    public Admission admit(
            String operation, Triggers triggers, String client, Optional<String> key, boolean captchaSent) {
        if (triggers.always()) {
            return Admission.CAPTCHA_REQUIRED;
        }
        List<String> places = new ArrayList<>(2);
        try {
            if (triggers.afterRequests() > 0 && overCallAllowance(operation, triggers, client, key)) {
                return Admission.CAPTCHA_REQUIRED;
            }
            if (triggers.afterFailures() == 0 || captchaSent) {
                return Admission.FREE;
            }
            for (String dimension : dimensions(operation, client, key)) {
                Optional<String> place = takePlace(dimension, triggers.afterFailures());
                if (place.isEmpty()) {
                    release(places);
                    return Admission.CAPTCHA_REQUIRED;
                }
                places.add(place.get());
            }
            return new Admission(false, places);
        } catch (RuntimeException e) {
            StoreTrouble.report("count adaptive calls", e);
            release(places);
            return Admission.CAPTCHA_REQUIRED;
        }
    }

    /** Counts the call per client, then per key; a client over its allowance creates no count for the key. */
    private boolean overCallAllowance(String operation, Triggers triggers, String client, Optional<String> key) {
        for (String dimension : dimensions(operation, client, key)) {
            if (store.increment("adaptive:calls:" + dimension, triggers.requestWindow()) > triggers.afterRequests()) {
                return true;
            }
        }
        return false;
    }

    /** One of the places the failures so far leave free, or none. */
    private Optional<String> takePlace(String dimension, int afterFailures) {
        for (long place = store.count(failures(dimension)) + 1; place <= afterFailures; place++) {
            String placeKey = "adaptive:place:" + dimension + ":" + place;
            if (store.putIfAbsent(placeKey, PLACE_LIFETIME)) {
                return Optional.of(placeKey);
            }
        }
        return Optional.empty();
    }

    /**
     * Counts a failed call.
     *
     * @param operation the protected method
     * @param triggers the method's triggers
     * @param client the client's state key
     * @param key the call's {@code @CaptchaKey}, if any
     * @return {@code true} when the failures now reach the threshold
     */
    public boolean failed(String operation, Triggers triggers, String client, Optional<String> key) {
        boolean reached = false;
        try {
            for (String dimension : dimensions(operation, client, key)) {
                reached |= store.increment(failures(dimension), triggers.failureWindow()) >= triggers.afterFailures();
            }
        } catch (RuntimeException e) {
            StoreTrouble.report("count a failure", e);
        }
        return reached;
    }

    /**
     * Forgets the failures of a key after a call for it succeeded. The client's own count is kept until its window
     * ends: a success on one account must not let the same client go on guessing others.
     *
     * @param operation the protected method
     * @param key the call's {@code @CaptchaKey}, if any
     */
    public void succeeded(String operation, Optional<String> key) {
        try {
            key.ifPresent(value -> store.remove(failures(keyDimension(operation, value))));
        } catch (RuntimeException e) {
            StoreTrouble.report("reset failures", e);
        }
    }

    /**
     * Gives back the places a call held.
     *
     * @param places the keys of the places
     */
    public void release(List<String> places) {
        try {
            places.forEach(store::remove);
        } catch (RuntimeException e) {
            StoreTrouble.report("give back a place", e);
        }
    }

    private static String failures(String dimension) {
        return "adaptive:failures:" + dimension;
    }

    private static List<String> dimensions(String operation, String client, Optional<String> key) {
        String perClient = operation + ":ip:" + client;
        return key.map(value -> List.of(perClient, keyDimension(operation, value)))
                .orElseGet(() -> List.of(perClient));
    }

    private static String keyDimension(String operation, String key) {
        return operation + ":key:" + key;
    }
}
