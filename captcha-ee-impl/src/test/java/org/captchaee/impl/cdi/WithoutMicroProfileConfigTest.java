package org.captchaee.impl.cdi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.captchaee.impl.setup.MicroProfileConfigCheck;
import org.captchaee.impl.testing.HiddenJars;
import org.junit.jupiter.api.Test;

/**
 * On a server without MicroProfile Config (the web profile of Eclipse GlassFish), the deployment fails first thing and
 * says what to do, rather than with a missing class or silently unconfigured.
 */
class WithoutMicroProfileConfigTest {

    @Test
    void theDeploymentFails_namingWhatToAdd() throws Exception {
        try (HiddenJars withoutConfig =
                HiddenJars.without("microprofile-config", "smallrye-config", "fault-tolerance")) {
            assertFalse(withoutConfig.sees("org.eclipse.microprofile.config.ConfigProvider"));
            String failure = withoutConfig.run(WithoutMicroProfileConfigScenario.class);
            assertTrue(failure.contains(MicroProfileConfigCheck.MISSING), failure);
            assertFalse(failure.contains("NoClassDefFoundError"), failure);
        }
    }
}
