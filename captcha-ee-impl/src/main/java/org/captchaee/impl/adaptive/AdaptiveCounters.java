package org.captchaee.impl.adaptive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.captchaee.impl.runtime.Triggers;
import org.captchaee.impl.state.KeyFamily;
import org.captchaee.impl.state.SharedState;
import org.captchaee.impl.state.StateKey;
import org.captchaee.impl.state.StoreTrouble;

/**
 * The counts behind adaptive mode, in the {@link SharedState} (so a shared store makes them cluster-wide): calls
 * and failed calls, per protected method, per client (an IPv4 address or an IPv6 prefix) and per {@code @CaptchaKey}.
 *
 * <p>Calls that may fail without a captcha are admitted against places: a call holds one of the {@code afterFailures}
 * places left by the failures counted so far until it ends, so however many calls arrive at once, no more run without a
 * captcha than failures are still allowed. A call that is refused keeps nothing in the store.
 */
public final class AdaptiveCounters {

    /** How long a call holds its place at most; one that runs longer gives it back early. */
    static final Duration PLACE_LIFETIME = Duration.ofMinutes(1);

    private final SharedState store;

    /**
     * Creates the counters.
     *
     * @param store where the counts live
     */
    public AdaptiveCounters(SharedState store) {
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
        List<StateKey> places = new ArrayList<>(2);
        try {
            if (triggers.afterRequests() > 0 && overCallAllowance(operation, triggers, client, key)) {
                return Admission.CAPTCHA_REQUIRED;
            }
            if (triggers.afterFailures() == 0 || captchaSent) {
                return Admission.FREE;
            }
            for (Dimension dimension : dimensions(operation, client, key)) {
                Optional<StateKey> place = takePlace(dimension, triggers.afterFailures());
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
        for (Dimension dimension : dimensions(operation, client, key)) {
            if (store.increment(dimension.key(store, KeyFamily.ADAPTIVE_CALLS), triggers.requestWindow())
                    > triggers.afterRequests()) {
                return true;
            }
        }
        return false;
    }

    /** One of the places the failures so far leave free, or none. */
    private Optional<StateKey> takePlace(Dimension dimension, int afterFailures) {
        for (long place = store.count(failures(dimension)) + 1; place <= afterFailures; place++) {
            StateKey placeKey = dimension.place(store, place);
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
            for (Dimension dimension : dimensions(operation, client, key)) {
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
    public void release(List<StateKey> places) {
        try {
            places.forEach(store::remove);
        } catch (RuntimeException e) {
            StoreTrouble.report("give back a place", e);
        }
    }

    private StateKey failures(Dimension dimension) {
        return dimension.key(store, KeyFamily.ADAPTIVE_FAILURES);
    }

    private static List<Dimension> dimensions(String operation, String client, Optional<String> key) {
        Dimension perClient = new Dimension(operation, "ip", client);
        return key.map(value -> List.of(perClient, keyDimension(operation, value)))
                .orElseGet(() -> List.of(perClient));
    }

    private static Dimension keyDimension(String operation, String key) {
        return new Dimension(operation, "key", key);
    }

    /** What a count is kept per: a protected method and either a client or a {@code @CaptchaKey} value. */
    private record Dimension(String operation, String kind, String value) {

        StateKey key(SharedState store, KeyFamily family) {
            return store.key(family, operation, kind, value);
        }

        StateKey place(SharedState store, long place) {
            return store.key(KeyFamily.ADAPTIVE_PLACE, operation, kind, value, Long.toString(place));
        }
    }
}
