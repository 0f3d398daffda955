package org.captchaee.impl.observe.health;

import java.util.function.Function;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * One readiness check: a verifier in use or the state store, answered by {@link CaptchaReadiness} at each probe. Each
 * is its own synthetic bean, since MicroProfile Health takes one response from each check bean.
 */
public final class ReadinessCheck implements HealthCheck {

    private final CaptchaReadiness readiness;
    private final Function<CaptchaReadiness, HealthCheckResponse> answer;

    /**
     * Creates a check.
     *
     * @param readiness gathers the facts
     * @param answer the response this check gives
     */
    ReadinessCheck(CaptchaReadiness readiness, Function<CaptchaReadiness, HealthCheckResponse> answer) {
        this.readiness = readiness;
        this.answer = answer;
    }

    @Override
    public HealthCheckResponse call() {
        return answer.apply(readiness);
    }
}
