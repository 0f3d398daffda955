package org.captchaee.impl.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.provider.DisasterTicketMode;
import org.captchaee.impl.testing.TestConfigs;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class AliyunSettingsReaderTest {

    private static final String SECRET = "ACCESS-KEY-SECRET-VALUE";

    @Test
    void everyMissingRequiredKey_isNamed_forBothVersions() {
        CaptchaDefinitionException v2 = assertThrows(
                CaptchaDefinitionException.class, () -> reader(Map.of()).read());
        for (String key : new String[] {"access-key-id", "access-key-secret", "scene-id"}) {
            assertTrue(v2.getMessage().contains("captcha.aliyun." + key + " is not set"), v2.getMessage());
        }
        CaptchaDefinitionException v1 = assertThrows(
                CaptchaDefinitionException.class, () -> reader(Map.of()).readV1());
        for (String key : new String[] {"aliyun.access-key-id", "aliyun-v1.app-key", "aliyun-v1.scene"}) {
            assertTrue(v1.getMessage().contains("captcha." + key + " is not set"), v1.getMessage());
        }
    }

    @Test
    void defaults_areShanghai_afs_and1500Milliseconds() {
        AliyunSettings settings = reader(v2()).read();
        assertEquals(
                "https://captcha.cn-shanghai.aliyuncs.com", settings.endpoint().toString());
        assertEquals(Duration.ofMillis(1500), settings.timeout());
        assertEquals("scene-1", settings.sceneId());
        assertEquals(DisasterTicketMode.DURING_OUTAGE, settings.disasterTickets());
        assertEquals(Duration.ofMinutes(10), settings.disasterTicketMaxAge());
        AliyunV1Settings v1 = reader(v1()).readV1();
        assertEquals("https://afs.aliyuncs.com", v1.endpoint().toString());
        assertEquals("FFFF0N0000000000STUB", v1.appKey());
        assertFalse(settings.toString().contains(SECRET));
        assertFalse(v1.toString().contains(SECRET));
    }

    @Test
    void region_choosesTheEndpoint_inEitherSpelling() {
        Map<String, String> values = v2();
        values.put(ConfigKeys.ALIYUN_REGION, "sgp");
        assertEquals(
                "https://captcha.ap-southeast-1.aliyuncs.com",
                reader(values).read().endpoint().toString());
        values.put(ConfigKeys.ALIYUN_REGION, "ap-southeast-1");
        values.put(ConfigKeys.ALIYUN_ENDPOINT, "https://captcha-dualstack.ap-southeast-1.aliyuncs.com");
        assertEquals(
                "captcha-dualstack.ap-southeast-1.aliyuncs.com",
                reader(values).read().endpoint().getHost());
        values.put(ConfigKeys.ALIYUN_REGION, "cn");
        values.put(ConfigKeys.ALIYUN_ENDPOINT, "https://captcha-vpc.cn-shanghai.aliyuncs.com");
        assertEquals(
                "captcha-vpc.cn-shanghai.aliyuncs.com",
                reader(values).read().endpoint().getHost());
    }

    @Test
    void regionThatDoesNotMatchTheEndpoint_failsNamingBothKeysAndTheFix() {
        Map<String, String> values = v2();
        values.put(ConfigKeys.ALIYUN_REGION, "sgp");
        values.put(ConfigKeys.ALIYUN_ENDPOINT, "https://captcha.cn-shanghai.aliyuncs.com");
        String message = assertThrows(
                        CaptchaDefinitionException.class, () -> reader(values).read())
                .getMessage();
        assertTrue(
                message.contains("captcha.aliyun.region (ap-southeast-1) does not match captcha.aliyun.endpoint"),
                message);
        assertTrue(
                message.contains("set captcha.aliyun.endpoint to https://captcha.ap-southeast-1.aliyuncs.com"),
                message);
    }

    @Test
    void unknownRegions_andEndpointsOfUnservedRegions_fail() {
        Map<String, String> values = v2();
        values.put(ConfigKeys.ALIYUN_REGION, "us-west-1");
        values.put(ConfigKeys.ALIYUN_ENDPOINT, "https://captcha.cn-hangzhou.aliyuncs.com");
        values.put(ConfigKeys.ALIYUN_DISASTER_TICKETS, "sometimes");
        String message = assertThrows(
                        CaptchaDefinitionException.class, () -> reader(values).read())
                .getMessage();
        assertTrue(message.contains("captcha.aliyun.region=us-west-1 is invalid"), message);
        assertTrue(message.contains("names the region cn-hangzhou, where Captcha 2.0 has no endpoint"), message);
        assertTrue(
                message.contains("captcha.aliyun.disaster-tickets=sometimes is invalid. Accepted values:"
                        + " during-outage, never, always."),
                message);
    }

    @Test
    void anEndpointThatIsNotAnAlibabaHost_isNotRegionChecked() {
        Map<String, String> values = v2();
        values.put(ConfigKeys.ALIYUN_REGION, "sgp");
        values.put(ConfigKeys.ALIYUN_ENDPOINT, "http://127.0.0.1:9000");
        assertEquals("http://127.0.0.1:9000", reader(values).read().endpoint().toString());
        values.put(ConfigKeys.ALIYUN_ENDPOINT, "ftp://example");
        assertTrue(assertThrows(
                        CaptchaDefinitionException.class, () -> reader(values).read())
                .getMessage()
                .contains("captcha.aliyun.endpoint=ftp://example is invalid"));
    }

    @Test
    void theFaultToleranceTimeoutKeys_setTheHttpTimeouts() {
        Map<String, String> values = v1();
        values.put("org.captchaee.impl.aliyun.AliyunClient/verifyIntelligentCaptcha/Timeout/value", "800");
        values.put("org.captchaee.impl.aliyun.AliyunClient/authenticateSig/Timeout/value", "900");
        assertEquals(Duration.ofMillis(800), reader(values).read().timeout());
        assertEquals(Duration.ofMillis(900), reader(values).readV1().timeout());
        values.put("org.captchaee.impl.aliyun.AliyunClient/authenticateSig/Timeout/value", "0");
        assertThrows(CaptchaDefinitionException.class, () -> reader(values).readV1());
    }

    @Test
    void theGlobalFaultToleranceTimeoutKey_setsBothHttpTimeoutsWhenNoMethodKeyIs() {
        Map<String, String> values = v1();
        values.put("Timeout/value", "700");
        values.put("org.captchaee.impl.aliyun.AliyunClient/authenticateSig/Timeout/value", "900");
        assertEquals(Duration.ofMillis(700), reader(values).read().timeout());
        assertEquals(Duration.ofMillis(900), reader(values).readV1().timeout());
    }

    @Test
    void bothVersionsAtOnce_listEveryProblemOfBoth_andTheSharedKeysOnce() {
        Map<String, String> values = new HashMap<>();
        values.put(ConfigKeys.ALIYUN_V1_APP_KEY, "FFFF0N0000000000STUB");
        values.put(ConfigKeys.ALIYUN_REGION, "sgp");
        values.put(ConfigKeys.ALIYUN_ENDPOINT, "https://captcha.cn-shanghai.aliyuncs.com");
        String message = assertThrows(
                        CaptchaDefinitionException.class, () -> reader(values).checkBoth())
                .getMessage();
        assertTrue(message.contains("captcha.aliyun.scene-id is not set"), message);
        assertTrue(message.contains("captcha.aliyun-v1.scene is not set"), message);
        assertTrue(message.contains("does not match captcha.aliyun.endpoint"), message);
        assertEquals(1, message.split("captcha.aliyun.access-key-id is not set", -1).length - 1, message);
    }

    @Test
    void theMigrationMode_isOnWhenThe1AppKeyIsSet() {
        assertFalse(reader(v2()).v1Configured());
        assertTrue(reader(v1()).v1Configured());
    }

    private static Map<String, String> v2() {
        Map<String, String> values = new HashMap<>();
        values.put(ConfigKeys.ALIYUN_ACCESS_KEY_ID, "LTAI5tTest");
        values.put(ConfigKeys.ALIYUN_ACCESS_KEY_SECRET, SECRET);
        values.put(ConfigKeys.ALIYUN_SCENE_ID, "scene-1");
        return values;
    }

    private static Map<String, String> v1() {
        Map<String, String> values = v2();
        values.put(ConfigKeys.ALIYUN_V1_APP_KEY, "FFFF0N0000000000STUB");
        values.put(ConfigKeys.ALIYUN_V1_SCENE, "nc_login");
        return values;
    }

    private static AliyunSettingsReader reader(Map<String, String> values) {
        Config config = TestConfigs.of(values);
        return new AliyunSettingsReader(config);
    }
}
