package org.captchaee.impl.adaptive;

import java.util.List;

import org.captchaee.impl.state.StateKey;

/**
 * How adaptive mode admits one call: whether it needs a captcha, and the places it holds among the calls that may fail
 * without one ({@code afterFailures}), given back when the call ends.
 *
 * @param captchaRequired whether the call needs a captcha
 * @param places the state-store keys of the places this call holds; empty when it holds none
 */
public record Admission(boolean captchaRequired, List<StateKey> places) {

    /** A call that needs a captcha and holds no place. */
    public static final Admission CAPTCHA_REQUIRED = new Admission(true, List.of());

    /** A call that needs no captcha and holds no place. */
    public static final Admission FREE = new Admission(false, List.of());

    /**
     * Creates an admission.
     *
     * @param captchaRequired whether the call needs a captcha
     * @param places the keys of the places it holds
     */
    public Admission {
        places = List.copyOf(places);
    }
}
