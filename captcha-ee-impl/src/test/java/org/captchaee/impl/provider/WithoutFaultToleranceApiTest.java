package org.captchaee.impl.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.captchaee.impl.testing.HiddenJars;
import org.junit.jupiter.api.Test;

/**
 * The library on a server without MicroProfile Fault Tolerance (Eclipse GlassFish ships none): its classes load, the
 * HTTP client's timeout follows the same keys with the declared default, nothing pretends Fault Tolerance acts, and a
 * refused connection is retried once by the library itself.
 */
class WithoutFaultToleranceApiTest {

    @Test
    void theProviderCallsWork_withoutTheFaultToleranceApi() throws Exception {
        try (HiddenJars withoutApi = HiddenJars.without("fault-tolerance")) {
            assertFalse(withoutApi.sees("org.eclipse.microprofile.faulttolerance.Retry"));
            Map<String, String> seen = withoutApi.run(WithoutFaultToleranceScenario.class);
            assertEquals("absent", seen.get("api"));
            assertEquals("PT1.5S", seen.get("timeout"), "the declared timeout bounds the HTTP client");
            assertEquals("PT0.8S", seen.get("keyedTimeout"), "the Fault Tolerance keys still tune it");
            assertEquals("false", seen.get("acts"));
            assertEquals("PASSED after 2 attempts", seen.get("verdict"), "a refused connection is retried once");
            assertEquals("rethrown", seen.get("bug"), "what is no Fault Tolerance failure is not hidden");
        }
    }
}
