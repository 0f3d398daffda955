package org.captchaee.impl.pow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.pow.kdf.KdfAlgorithm;
import org.captchaee.impl.pow.kdf.KdfParameters;
import org.captchaee.impl.secret.CaptchaSecret;
import org.captchaee.impl.testing.TestConfigs;
import org.junit.jupiter.api.Test;

/** The {@code captcha.pow.*} keys: the documented defaults, each algorithm's own, and every mistake named. */
class PowConfigurationTest {

    private static PowConfiguration configuration(String... keysAndValues) {
        return new PowConfiguration(
                TestConfigs.of(keysAndValues), new CaptchaSecret(TestConfigs.of(ConfigKeys.SECRET, "s".repeat(32))));
    }

    private static String failure(String... keysAndValues) {
        return assertThrows(CaptchaDefinitionException.class, () -> configuration(keysAndValues)
                        .settings())
                .getMessage();
    }

    @Test
    void defaults_areV2WithPbkdf2() {
        PowSettings settings = configuration().settings();
        assertEquals(AltchaProtocol.Version.V2, settings.protocol());
        assertEquals(KdfSettings.defaultsOf(KdfAlgorithm.PBKDF2_SHA_256), settings.kdf());
        assertEquals(Duration.ofMinutes(5), settings.lifetime());
        assertEquals(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), settings.maxConcurrentDerivations());
        assertEquals(AltchaProtocol.Version.V2, configuration().protocol().version());
        assertTrue(configuration().protocol().newChallenge().containsKey("parameters"));
    }

    @Test
    void v1_isOneKeyAway() {
        PowConfiguration v1 = configuration(ConfigKeys.POW_PROTOCOL, "V1");
        assertEquals(AltchaProtocol.Version.V1, v1.protocol().version());
        assertTrue(v1.protocol().newChallenge().containsKey("maxnumber"));
    }

    @Test
    void theOperatorsCosts_replaceTheAlgorithmsDefaults() {
        KdfSettings settings = configuration(
                        ConfigKeys.POW_ALGORITHM, "scrypt",
                        ConfigKeys.POW_COST, "2048",
                        ConfigKeys.POW_MEMORY_COST, "4",
                        ConfigKeys.POW_PARALLELISM, "2",
                        ConfigKeys.POW_KEY_PREFIX, "0A")
                .settings()
                .kdf();
        assertEquals(new KdfSettings(KdfAlgorithm.SCRYPT, new KdfParameters(2048, 4, 2, 32), "0a"), settings);
    }

    @Test
    void everyMistake_isNamedWithItsKey() {
        String message = failure(
                ConfigKeys.POW_PROTOCOL, "v3",
                ConfigKeys.POW_COST, "0",
                ConfigKeys.POW_MEMORY_COST, "8",
                ConfigKeys.POW_KEY_PREFIX, "0g",
                ConfigKeys.POW_MAX_CONCURRENT_DERIVATIONS, "0");
        assertTrue(message.contains("captcha.pow.protocol=v3 is invalid. Accepted values: v1, v2."), message);
        assertTrue(message.contains("captcha.pow.cost=0 is invalid"), message);
        assertTrue(message.contains("captcha.pow.memory-cost applies to SCRYPT and ARGON2ID only"), message);
        assertTrue(message.contains("captcha.pow.key-prefix=0g is invalid"), message);
        assertTrue(message.contains("captcha.pow.max-concurrent-derivations=0 is invalid"), message);
        assertTrue(failure(ConfigKeys.POW_ALGORITHM, "MD5")
                .contains("Accepted values: SHA-256, SHA-384, SHA-512, "
                        + "PBKDF2/SHA-256, PBKDF2/SHA-384, PBKDF2/SHA-512, SCRYPT, ARGON2ID."));
    }

    @Test
    void scryptsCost_isAPowerOfTwo_andItsMemoryBounded() {
        assertTrue(failure(ConfigKeys.POW_ALGORITHM, "SCRYPT", ConfigKeys.POW_COST, "1000")
                .contains("scrypt's cost (N) must be a power of 2"));
        assertTrue(failure(
                        ConfigKeys.POW_ALGORITHM, "SCRYPT",
                        ConfigKeys.POW_COST, "1048576",
                        ConfigKeys.POW_MEMORY_COST, "8",
                        ConfigKeys.POW_PARALLELISM, "2")
                .contains("more than 256 MiB per verification"));
    }

    @Test
    void argon2idsMemory_isBoundedTo256MiB() {
        assertTrue(failure(ConfigKeys.POW_ALGORITHM, "ARGON2ID", ConfigKeys.POW_MEMORY_COST, "262145")
                .contains("captcha.pow.memory-cost=262145 is invalid"));
    }
}
