package org.captchaee.impl.observe.health;

import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
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
 *
 * <p>A server may keep asking the checks of a deployment that failed validation (WildFly registers them while the
 * deployment validates and does not remove them when it is rolled back): such a check answers UP with
 * {@code "deployed": false}, since the application it reports on no longer exists, so that it never holds the readiness
 * of the server's other applications down.
 */
public final class ReadinessCheck implements HealthCheck {

    private final String name;
    private final BooleanSupplier deployed;
    private final Lazy<CaptchaReadiness> readiness;
    private final Function<CaptchaReadiness, HealthCheckResponse> answer;

    /**
     * Creates a check.
     *
     * @param name the check's name
     * @param deployed whether the deployment validated
     * @param readiness builds what gathers the facts
     * @param answer the response this check gives
     */
    ReadinessCheck(
            String name,
            BooleanSupplier deployed,
            Supplier<CaptchaReadiness> readiness,
            Function<CaptchaReadiness, HealthCheckResponse> answer) {
        this.name = name;
        this.deployed = deployed;
        this.readiness = new Lazy<>(readiness);
        this.answer = answer;
    }

    @Override
    public HealthCheckResponse call() {
        if (!deployed.getAsBoolean()) {
            return new HealthCheckResponse(name, HealthCheckResponse.Status.UP, Optional.of(Map.of("deployed", false)));
        }
        return answer.apply(readiness.get());
    }
}
