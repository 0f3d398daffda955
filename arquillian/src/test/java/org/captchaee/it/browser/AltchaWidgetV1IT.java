package org.captchaee.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import jakarta.json.JsonObject;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.support.AltchaWidgetPage;
import org.captchaee.it.support.DeployedAppIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The official ALTCHA widget 3.x from npm, with its default settings, against {@code captcha.pow.protocol=v1}: it
 * recognises the v1 challenge behind its {@code challenge} attribute, and its v1 payload passes once, then is refused.
 */
class AltchaWidgetV1IT extends DeployedAppIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AltchaWidgetPage.war("altcha-widget-v1")
                .withConfig(ConfigKeys.POW_PROTOCOL, "v1")
                .build();
    }

    @Test
    void theWidgetSolvesAV1Challenge_itsPayloadPassesOnce_thenIsRefusedAsReplayed() {
        JsonObject report = AltchaWidgetPage.solveAndCallTwice(http);

        AltchaWidgetPage.assertPassedOnceThenRefusedAsReplayed(report, http);
        JsonObject payload = AltchaWidgetPage.payload(report);
        assertEquals(
                Set.of("algorithm", "challenge", "number", "salt", "signature", "took"),
                payload.keySet(),
                "the v1 payload: " + payload);
        assertEquals("SHA-256", payload.getString("algorithm"));
    }
}
