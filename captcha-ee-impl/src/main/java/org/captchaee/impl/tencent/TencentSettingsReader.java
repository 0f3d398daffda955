package org.captchaee.impl.tencent;

import java.net.URI;
import java.util.Optional;

import org.captchaee.impl.config.ConfigReader;
import org.captchaee.impl.provider.DisasterSettings;
import org.captchaee.impl.provider.ProviderSettingsReader;
import org.eclipse.microprofile.config.Config;

/** Reads {@code captcha.tencent.*}, failing with one message that names every missing or invalid key and its fix. */
final class TencentSettingsReader extends ProviderSettingsReader {

    static final String PREFIX = "captcha.tencent.";
    static final String SECRET_ID = PREFIX + "secret-id";
    static final String SECRET_KEY = PREFIX + "secret-key";
    static final String APP_ID = PREFIX + "app-id";
    static final String APP_SECRET_KEY = PREFIX + "app-secret-key";
    static final String ENDPOINT = PREFIX + "endpoint";
    static final String REGION = PREFIX + "region";
    static final String BUSINESS_ID = PREFIX + "business-id";
    static final String SCENE_ID = PREFIX + "scene-id";
    static final String DISASTER_TICKETS = PREFIX + "disaster-tickets";
    static final String DISASTER_TICKET_MAX_AGE = PREFIX + "disaster-ticket-max-age";
    static final String TICKET_HEADER = PREFIX + "ticket-header";
    static final String RANDSTR_HEADER = PREFIX + "randstr-header";

    static final URI DEFAULT_ENDPOINT = URI.create("https://captcha.tencentcloudapi.com");

    TencentSettingsReader(Config config) {
        super(PREFIX, config);
    }

    TencentSettings read() {
        ConfigReader reader = reader();
        URI endpoint = endpoint(DEFAULT_ENDPOINT, DEFAULT_ENDPOINT + " or https://captcha.intl.tencentcloudapi.com");
        return finish(new TencentSettings(
                reader.required(SECRET_ID, "the SecretId of a Tencent Cloud API key (CAM)"),
                reader.required(SECRET_KEY, "the SecretKey of that API key"),
                positiveLong(APP_ID, true).orElse(0L),
                reader.required(APP_SECRET_KEY, "the AppSecretKey of your CaptchaAppId, from the captcha console"),
                endpoint,
                reader.text(REGION),
                positiveLong(BUSINESS_ID, false),
                positiveLong(SCENE_ID, false),
                DisasterSettings.mode(reader, DISASTER_TICKETS),
                DisasterSettings.maxAge(reader, DISASTER_TICKET_MAX_AGE),
                reader.text(TICKET_HEADER).orElse("X-Captcha-Ticket"),
                reader.text(RANDSTR_HEADER).orElse("X-Captcha-Randstr"),
                timeout(TencentClient.class, "describeCaptchaResult"),
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
