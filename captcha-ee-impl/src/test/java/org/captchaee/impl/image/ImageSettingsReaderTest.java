package org.captchaee.impl.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.testing.TestConfigs;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class ImageSettingsReaderTest {

    private static final String LIMIT = ConfigKeys.IMAGE_MAX_CHALLENGES_PER_MINUTE;

    @Test
    void challengesPerMinute_default20_andZeroMeansUnlimited() {
        assertEquals(20, new ImageSettingsReader(config(Map.of())).read().maxChallengesPerMinute());
        assertEquals(
                0, new ImageSettingsReader(config(Map.of(LIMIT, "0"))).read().maxChallengesPerMinute());
        assertEquals(
                500,
                new ImageSettingsReader(config(Map.of(LIMIT, "500"))).read().maxChallengesPerMinute());
    }

    @Test
    void aBadChallengesPerMinute_failsTheDeployment_namingTheKey() {
        for (String bad : new String[] {"-1", "many", "10001"}) {
            CaptchaDefinitionException e = assertThrows(
                    CaptchaDefinitionException.class, () -> new ImageSettingsReader(config(Map.of(LIMIT, bad))).read());
            assertTrue(e.getMessage().contains(LIMIT + "=" + bad), e.getMessage());
            assertTrue(e.getMessage().contains("from 0 to 10000"), e.getMessage());
        }
    }

    private static Config config(Map<String, String> values) {
        return TestConfigs.of(values);
    }
}
