package org.captchaee.impl.cdi;

import java.util.Map;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.testing.CdiDeployments;
import org.captchaee.impl.testing.MicroProfileConfigExtension;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A protected method on a passivating bean deploys: the captcha interceptor is serializable, as the CDI specification
 * asks of the interceptors of passivation-capable beans and as GlassFish's EJB container asks of every interceptor.
 */
class PassivationCdiTest {

    @RegisterExtension
    static final MicroProfileConfigExtension CONFIG =
            new MicroProfileConfigExtension(Map.of(ConfigKeys.VERIFIER, TicketVerifier.NAME));

    @Test
    void aSessionScopedProtectedBean_deploys() {
        try (WeldContainer container = CdiDeployments.weld(SessionGuardedBean.class, TicketVerifier.class)
                .initialize()) {
            container.select(SessionGuardedBean.class);
        }
    }
}
