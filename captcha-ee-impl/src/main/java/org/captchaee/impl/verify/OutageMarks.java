package org.captchaee.impl.verify;

import java.time.Duration;

import org.captchaee.impl.state.StoreTrouble;
import org.captchaee.spi.CaptchaStateStore;

/**
 * Remembers, in the state store, which verifiers were seen unavailable within the last {@link #WINDOW}, and which clients
 * sent a disaster ticket (they cannot load the provider's script). Under the policy {@code fallback}, such a client gets
 * the fallback captcha straight away and may send only its token, until the verifier passes a captcha again or the window
 * ends.
 */
final class OutageMarks {

    /** How long an observed outage counts. */
    static final Duration WINDOW = Duration.ofMinutes(2);

    private final CaptchaStateStore store;

    OutageMarks(CaptchaStateStore store) {
        this.store = store;
    }

    /** A verifier was just seen unavailable: the window starts again. */
    void observed(String verifier) {
        restart(key(verifier), "record an outage");
    }

    /** Whether the verifier was seen unavailable within the window; not when the store cannot tell. */
    boolean active(String verifier) {
        return present(key(verifier));
    }

    /** A client sent a disaster ticket: it cannot reach the verifier's provider, even while that one is healthy. */
    void unreachableFrom(String verifier, String clientIp) {
        restart(clientKey(verifier, clientIp), "record a disaster ticket");
    }

    /** Whether the verifier is down, or its provider out of this client's reach, within the window. */
    boolean activeFor(String verifier, String clientIp) {
        return active(verifier) || present(clientKey(verifier, clientIp));
    }

    /** Marks a key for a whole window from now, however long an earlier mark had left. */
    private void restart(String key, String what) {
        try {
            store.remove(key);
            store.putIfAbsent(key, WINDOW);
        } catch (RuntimeException e) {
            StoreTrouble.report(what, e);
        }
    }

    private boolean present(String key) {
        try {
            return store.count(key) > 0;
        } catch (RuntimeException e) {
            StoreTrouble.report("read an outage", e);
            return false;
        }
    }

    /** The verifier passed a captcha: it works again. */
    void cleared(String verifier) {
        if (active(verifier)) {
            try {
                store.remove(key(verifier));
            } catch (RuntimeException e) {
                StoreTrouble.report("clear an outage", e);
            }
        }
    }

    private static String key(String verifier) {
        return "outage:" + verifier;
    }

    private static String clientKey(String verifier, String clientIp) {
        return "unreachable:" + verifier + ":ip:" + clientIp;
    }
}
