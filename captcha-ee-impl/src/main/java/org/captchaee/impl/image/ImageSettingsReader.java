package org.captchaee.impl.image;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigReader;
import org.eclipse.microprofile.config.Config;

/** Reads {@code captcha.image.*}, failing with one message that names every invalid key. */
final class ImageSettingsReader {

    private final Config config;

    ImageSettingsReader(Config config) {
        this.config = config;
    }

    ImageSettings read() {
        List<String> problems = new ArrayList<>();
        ConfigReader reader = new ConfigReader(config, problems::add);
        ImageSettings settings = new ImageSettings(
                (int) reader.wholeNumber(ConfigKeys.IMAGE_WIDTH, 100, 400, 160),
                (int) reader.wholeNumber(ConfigKeys.IMAGE_HEIGHT, 40, 160, 60),
                (int) reader.wholeNumber(ConfigKeys.IMAGE_LENGTH, 4, 8, 5),
                reader.duration(
                        ConfigKeys.IMAGE_CHALLENGE_LIFETIME,
                        Duration.ofMinutes(2),
                        Duration.ofSeconds(10),
                        Duration.ofHours(1)),
                reader.duration(
                        ConfigKeys.IMAGE_TOKEN_LIFETIME,
                        Duration.ofMinutes(5),
                        Duration.ofSeconds(10),
                        Duration.ofHours(1)),
                (int) reader.wholeNumber(ConfigKeys.IMAGE_MAX_CHALLENGES_PER_MINUTE, 0, 10_000, 20));
        if (!problems.isEmpty()) {
            throw new CaptchaDefinitionException(String.join(" ", problems));
        }
        return settings;
    }
}
