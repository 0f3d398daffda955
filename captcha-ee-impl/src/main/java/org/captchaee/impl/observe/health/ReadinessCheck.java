package org.captchaee.impl.observe.health;

import java.util.function.Function;
import java.util.function.Supplier;

import org.captchaee.impl.config.Lazy;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * One readiness check: a verifier in use or the state store, answered by {@link CaptchaReadiness} at each probe. Each
 * is its own synthetic bean, since MicroProfile Health takes one response from each check bean. The beans it reads are
 * looked up at the first probe: WildFly creates the checks while the deployment validates, and a deployment that
 * fails must fail with the library's own message, not on a lookup made for a check.
 */
public final class ReadinessCheck implements HealthCheck {

    private final Lazy<CaptchaReadiness> readiness;
    private final Function<CaptchaReadiness, HealthCheckResponse> answer;

    /**
     * Creates a check.
     *
     * @param readiness builds what gathers the facts
     * @param answer the response this check gives
     */
    ReadinessCheck(Supplier<CaptchaReadiness> readiness, Function<CaptchaReadiness, HealthCheckResponse> answer) {
        this.readiness = new Lazy<>(readiness);
        this.answer = answer;
    }

    @Override
    public HealthCheckResponse call() {
        return answer.apply(readiness.get());
    }
}
