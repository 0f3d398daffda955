package org.captchaee.impl.observe.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class ReadinessCheckTest {

    private static final HealthCheckResponse DOWN =
            new HealthCheckResponse("captcha-tencent", Status.DOWN, Optional.empty());

    @Test
    void theCheckOfADeploymentThatFailedValidation_isUp_andLooksNothingUp() {
        ReadinessCheck leftOver = new ReadinessCheck(
                "captcha-tencent",
                () -> false,
                () -> {
                    throw new IllegalStateException("the application's beans are gone");
                },
                readiness -> DOWN);

        HealthCheckResponse response = leftOver.call();

        assertEquals("captcha-tencent", response.getName());
        assertEquals(Status.UP, response.getStatus());
        assertEquals(Optional.of(Map.of("deployed", false)), response.getData());
    }

    @Test
    void aDeployedApplicationsCheck_answersWhatItsReadinessSays() {
        ReadinessCheck deployed = new ReadinessCheck(
                "captcha-tencent",
                () -> true,
                () -> {
                    throw new IllegalStateException("looked up");
                },
                readiness -> DOWN);

        assertThrows(IllegalStateException.class, deployed::call, "a deployed application's facts are looked up");
    }
}
