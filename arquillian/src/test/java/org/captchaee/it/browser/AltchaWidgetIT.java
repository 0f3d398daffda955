package org.captchaee.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.captchaee.it.support.AltchaWidgetPage;
import org.captchaee.it.support.DeployedAppIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The official ALTCHA widget 3.x from npm, with its default settings, in headless Chromium under a strict CSP: it
 * solves the default ALTCHA v2 challenge of {@code GET api/captcha/pow}, and its payload passes once, then is refused.
 */
class AltchaWidgetIT extends DeployedAppIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AltchaWidgetPage.war("altcha-widget").build();
    }

    @Test
    void theWidgetSolvesTheDefaultV2Challenge_itsPayloadPassesOnce_thenIsRefusedAsReplayed() {
        JsonObject report = AltchaWidgetPage.solveAndCallTwice(http);

        AltchaWidgetPage.assertPassedOnceThenRefusedAsReplayed(report, http);
        JsonObject payload = AltchaWidgetPage.payload(report);
        JsonObject parameters = payload.getJsonObject("challenge").getJsonObject("parameters");
        assertEquals("PBKDF2/SHA-256", parameters.getString("algorithm"), "the default algorithm: " + payload);
        JsonObject solution = payload.getJsonObject("solution");
        assertTrue(solution.getString("derivedKey").startsWith(parameters.getString("keyPrefix")), payload.toString());
        assertTrue(solution.getJsonNumber("time").doubleValue() > 0, payload.toString());
    }
}
