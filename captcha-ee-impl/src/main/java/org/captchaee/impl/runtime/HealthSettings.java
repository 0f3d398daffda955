package org.captchaee.impl.runtime;

/**
 * The switches of the readiness checks, read once when the application deploys. This class never touches the
 * MicroProfile Health API, so that the extension can use it on a server without it.
 *
 * @param enabled whether the checks are registered: the server offers MicroProfile Health and
 *     {@code captcha.health.enabled} is not {@code false}
 * @param downOnOutage {@code captcha.health.down-on-outage}: whether a verifier whose provider is down makes readiness DOWN
 */
public record HealthSettings(boolean enabled, boolean downOnOutage) {}
