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
import org.captchaee.impl.config.ConfigReader;
import org.captchaee.impl.config.Lazy;
import org.captchaee.impl.secret.CaptchaSecret;
import org.eclipse.microprofile.config.Config;

/**
 * The proof-of-work captcha's settings, challenge maker and solution checker, made once, on first use (the deployment
 * check). The ALTCHA HMAC key is derived from {@code captcha.secret}, so every node that shares the secret accepts the
 * solutions of challenges made by the others.
 */
@ApplicationScoped
public class PowConfiguration {

    /** The prefix of the verifier's keys. */
    static final String PREFIX = "captcha.pow.";

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
     * Makes challenges.
     *
     * @return the challenge maker
     */
    public PowChallenges challenges() {
        return ready.get().challenges();
    }

    /**
     * Checks solutions.
     *
     * @return the solution checker
     */
    public PowSolutions solutions() {
        return ready.get().solutions();
    }

    private Ready make() {
        PowSettings settings = read();
        String hmacKey = HexFormat.of().formatHex(secret.keyFor("altcha"));
        Clock clock = Clock.systemUTC();
        return new Ready(
                settings,
                new PowChallenges(hmacKey, settings.maxNumber(), settings.lifetime(), clock, new SecureRandom()),
                new PowSolutions(hmacKey, clock));
    }

    private PowSettings read() {
        List<String> problems = new ArrayList<>();
        ConfigReader reader = new ConfigReader(config, problems::add);
        PowSettings settings = new PowSettings(
                reader.wholeNumber(PREFIX + "max-number", 1_000, 100_000_000, 100_000),
                reader.duration(
                        PREFIX + "lifetime", Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofHours(1)));
        if (!problems.isEmpty()) {
            throw new CaptchaDefinitionException(String.join(" ", problems));
        }
        return settings;
    }

    /** The settings and what is made from them. */
    private record Ready(PowSettings settings, PowChallenges challenges, PowSolutions solutions) {}
}
