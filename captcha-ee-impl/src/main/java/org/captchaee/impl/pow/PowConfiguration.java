package org.captchaee.impl.pow;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigReader;
import org.captchaee.impl.config.Lazy;
import org.captchaee.impl.secret.CaptchaSecret;
import org.eclipse.microprofile.config.Config;

/**
 * The proof-of-work captcha's settings and protocol (its challenge maker and solution checker), made once, on first use
 * (the deployment check). The ALTCHA HMAC key is derived from {@code captcha.secret}, so every node that shares the secret accepts the
 * solutions of challenges made by the others.
 */
@ApplicationScoped
public class PowConfiguration {

    /** The prefix of the verifier's keys. */
    static final String PREFIX = ConfigKeys.POW_PREFIX;

    private final Config config;
    private final CaptchaSecret secret;
    private final Lazy<Ready> ready = new Lazy<>(this::make);

    /**
     * Creates the configuration.
     *
     * @param config the application's configuration
     * @param secret the signing key
     */
    @Inject
    public PowConfiguration(Config config, CaptchaSecret secret) {
        this.config = config;
        this.secret = secret;
    }

    /** For the CDI client proxy only. */
    protected PowConfiguration() {
        this.config = null;
        this.secret = null;
    }

    /**
     * The validated settings.
     *
     * @return the settings
     * @throws CaptchaDefinitionException naming every invalid key
     */
    public PowSettings settings() {
        return ready.get().settings();
    }

    /**
     * The protocol version configured, with its challenge maker and solution checker.
     *
     * @return the protocol
     */
    public AltchaProtocol protocol() {
        return ready.get().protocol();
    }

    private Ready make() {
        PowSettings settings = read();
        String hmacKey = HexFormat.of().formatHex(secret.keyFor("altcha"));
        Clock clock = Clock.systemUTC();
        SecureRandom random = new SecureRandom();
        AltchaProtocol protocol = settings.protocol() == AltchaProtocol.Version.V1
                ? AltchaProtocol.v1(
                        new PowChallenges(hmacKey, settings.maxNumber(), settings.lifetime(), clock, random),
                        new PowSolutions(hmacKey, clock))
                : AltchaProtocol.v2(
                        new KdfChallenges(hmacKey, settings.kdf(), settings.lifetime(), clock, random),
                        new KdfSolutions(hmacKey, settings.kdf(), settings.maxConcurrentDerivations(), clock));
        return new Ready(settings, protocol);
    }

    private PowSettings read() {
        List<String> problems = new ArrayList<>();
        ConfigReader reader = new ConfigReader(config, problems::add);
        AltchaProtocol.Version protocol =
                reader.choice(ConfigKeys.POW_PROTOCOL, AltchaProtocol.Version.V2, AltchaProtocol.Version::of, "v1, v2");
        PowSettings settings = new PowSettings(
                protocol,
                reader.wholeNumber(ConfigKeys.POW_MAX_NUMBER, 1_000, 100_000_000, 100_000),
                new KdfSettingsReader(reader, problems::add, PREFIX).read(protocol == AltchaProtocol.Version.V2),
                (int) reader.wholeNumber(ConfigKeys.POW_MAX_CONCURRENT_DERIVATIONS, 1, 1_024, defaultConcurrency()),
                reader.duration(
                        ConfigKeys.POW_LIFETIME, Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofHours(1)));
        if (!problems.isEmpty()) {
            throw new CaptchaDefinitionException(String.join(" ", problems));
        }
        return settings;
    }

    /** Half the cores, at least one: a flood of solutions to check leaves the other half to the application. */
    private static int defaultConcurrency() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** The settings and what is made from them. */
    private record Ready(PowSettings settings, AltchaProtocol protocol) {}
}
