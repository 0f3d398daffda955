package org.captchaee.impl.image;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.impl.config.ConfigReader;
import org.eclipse.microprofile.config.Config;

/** Reads {@code captcha.image.*}, failing with one message that names every invalid key. */
final class ImageSettingsReader {

    static final String PREFIX = "captcha.image.";

    private final Config config;

    ImageSettingsReader(Config config) {
        this.config = config;
    }

    ImageSettings read() {
        List<String> problems = new ArrayList<>();
        ConfigReader reader = new ConfigReader(config, problems::add);
        ImageSettings settings = new ImageSettings(
                (int) reader.wholeNumber(PREFIX + "width", 100, 400, 160),
                (int) reader.wholeNumber(PREFIX + "height", 40, 160, 60),
                (int) reader.wholeNumber(PREFIX + "length", 4, 8, 5),
                reader.duration(
                        PREFIX + "challenge-lifetime",
                        Duration.ofMinutes(2),
                        Duration.ofSeconds(10),
                        Duration.ofHours(1)),
                reader.duration(
                        PREFIX + "token-lifetime", Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofHours(1)),
                (int) reader.wholeNumber(PREFIX + "max-challenges-per-minute", 0, 10_000, 20));
        if (!problems.isEmpty()) {
            throw new CaptchaDefinitionException(String.join(" ", problems));
        }
        return settings;
    }
}
