package org.captchaee.impl.tencent;

import java.net.URI;
import java.util.Optional;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigReader;
import org.captchaee.impl.provider.DisasterSettings;
import org.captchaee.impl.provider.ProviderSettingsReader;
import org.eclipse.microprofile.config.Config;

/** Reads {@code captcha.tencent.*}, failing with one message that names every missing or invalid key and its fix. */
final class TencentSettingsReader extends ProviderSettingsReader {

    static final URI DEFAULT_ENDPOINT = URI.create("https://captcha.tencentcloudapi.com");

    TencentSettingsReader(Config config) {
        super(ConfigKeys.TENCENT_PREFIX, config);
    }

    TencentSettings read() {
        ConfigReader reader = reader();
        URI endpoint = endpoint(DEFAULT_ENDPOINT, DEFAULT_ENDPOINT + " or https://captcha.intl.tencentcloudapi.com");
        return finish(new TencentSettings(
                reader.required(ConfigKeys.TENCENT_SECRET_ID, "the SecretId of a Tencent Cloud API key (CAM)"),
                reader.required(ConfigKeys.TENCENT_SECRET_KEY, "the SecretKey of that API key"),
                positiveLong(ConfigKeys.TENCENT_APP_ID, true).orElse(0L),
                reader.required(
                        ConfigKeys.TENCENT_APP_SECRET_KEY,
                        "the AppSecretKey of your CaptchaAppId, from the captcha console"),
                endpoint,
                reader.text(ConfigKeys.TENCENT_REGION),
                positiveLong(ConfigKeys.TENCENT_BUSINESS_ID, false),
                positiveLong(ConfigKeys.TENCENT_SCENE_ID, false),
                DisasterSettings.mode(reader, ConfigKeys.TENCENT_DISASTER_TICKETS),
                DisasterSettings.maxAge(reader, ConfigKeys.TENCENT_DISASTER_TICKET_MAX_AGE),
                reader.text(ConfigKeys.TENCENT_TICKET_HEADER).orElse("X-Captcha-Ticket"),
                reader.text(ConfigKeys.TENCENT_RANDSTR_HEADER).orElse("X-Captcha-Randstr"),
                timeout(TencentClient.class, "describeCaptchaResult", TencentClient.TIMEOUT_MILLIS),
                proxy(endpoint)));
    }

    private Optional<Long> positiveLong(String key, boolean required) {
        Optional<String> value = reader().text(key);
        if (value.isEmpty()) {
            if (required) {
                problem(key + " is not set: set it to your CaptchaAppId, a number from the captcha console.");
            }
            return Optional.empty();
        }
        try {
            long number = Long.parseLong(value.get());
            if (number > 0) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(key + "=" + value.get() + " is invalid: it must be a positive whole number.");
        return Optional.empty();
    }
}
