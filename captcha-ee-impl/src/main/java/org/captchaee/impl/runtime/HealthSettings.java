package org.captchaee.impl.runtime;

/**
 * The switches of the readiness checks, read once when the application deploys. This class never touches the
 * MicroProfile Health API, so that the extension can use it on a server without it.
 *
 * @param enabled whether the checks are registered: the server offers MicroProfile Health and
 *     {@value #ENABLED} is not {@code false}
 * @param downOnOutage {@value #DOWN_ON_OUTAGE}: whether a verifier whose provider is down makes readiness DOWN
 */
public record HealthSettings(boolean enabled, boolean downOnOutage) {

    /** Registers the readiness checks unless {@code false}; default {@code true}. */
    public static final String ENABLED = "captcha.health.enabled";

    /** Reports a verifier in outage (or with its circuit open), or a store that cannot answer, as DOWN; default off. */
    public static final String DOWN_ON_OUTAGE = "captcha.health.down-on-outage";
}
