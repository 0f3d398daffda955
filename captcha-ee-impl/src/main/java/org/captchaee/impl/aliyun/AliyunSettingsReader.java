package org.captchaee.impl.aliyun;

import java.net.URI;
import java.util.Optional;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.provider.DisasterSettings;
import org.captchaee.impl.provider.ProviderSettingsReader;
import org.eclipse.microprofile.config.Config;

/**
 * Reads {@code captcha.aliyun.*} (Captcha 2.0 and the AccessKey) and {@code captcha.aliyun-v1.*} (Captcha 1.0), failing
 * with one message that names every missing or invalid key and its fix.
 */
final class AliyunSettingsReader extends ProviderSettingsReader {

    static final URI DEFAULT_V1_ENDPOINT = URI.create("https://afs.aliyuncs.com");

    AliyunSettingsReader(Config config) {
        // both versions share the AccessKey of captcha.aliyun.*, and so its proxy keys too
        super(ConfigKeys.ALIYUN_PREFIX, config);
    }

    /**
     * Whether the operator configured Captcha 1.0, which turns on the migration mode of the 2.0 verifier.
     *
     * @return {@code true} if {@code captcha.aliyun-v1.app-key} is set
     */
    boolean v1Configured() {
        return reader().text(ConfigKeys.ALIYUN_V1_APP_KEY).isPresent();
    }

    AliyunSettings read() {
        return finish(v2(credentials()));
    }

    AliyunV1Settings readV1() {
        return finish(v1(credentials()));
    }

    /** Checks both versions at once, for the migration mode, so that one failed deployment lists every mistake. */
    void checkBoth() {
        AliyunCredentials credentials = credentials();
        v2(credentials);
        finish(v1(credentials));
    }

    private AliyunSettings v2(AliyunCredentials credentials) {
        URI endpoint = v2Endpoint();
        return new AliyunSettings(
                credentials,
                reader().required(
                                ConfigKeys.ALIYUN_SCENE_ID,
                                "the SceneId of the scene the front end uses (captcha console, scene list); it stops a client"
                                        + " from solving a captcha of another scene"),
                endpoint,
                timeout(AliyunClient.class, "verifyIntelligentCaptcha", AliyunClient.TIMEOUT_MILLIS),
                DisasterSettings.mode(reader(), ConfigKeys.ALIYUN_DISASTER_TICKETS),
                DisasterSettings.maxAge(reader(), ConfigKeys.ALIYUN_DISASTER_TICKET_MAX_AGE),
                proxy(endpoint));
    }

    private AliyunV1Settings v1(AliyunCredentials credentials) {
        URI endpoint =
                reader().httpUrl(ConfigKeys.ALIYUN_V1_ENDPOINT, DEFAULT_V1_ENDPOINT, DEFAULT_V1_ENDPOINT.toString());
        return new AliyunV1Settings(
                credentials,
                reader().required(
                                ConfigKeys.ALIYUN_V1_APP_KEY,
                                "the appkey of the Captcha 1.0 front end (console, configuration page)"),
                reader().required(
                                ConfigKeys.ALIYUN_V1_SCENE,
                                "the scene of the Captcha 1.0 front end, for example nc_login"),
                endpoint,
                timeout(AliyunClient.class, "authenticateSig", AliyunClient.TIMEOUT_MILLIS),
                proxy(endpoint));
    }

    private AliyunCredentials credentials() {
        return new AliyunCredentials(
                reader().required(
                                ConfigKeys.ALIYUN_ACCESS_KEY_ID,
                                "the AccessKey ID of a RAM user with AliyunYundunAFSFullAccess"),
                reader().required(ConfigKeys.ALIYUN_ACCESS_KEY_SECRET, "the AccessKey secret of that AccessKey"));
    }

    private URI v2Endpoint() {
        Optional<String> region = reader().text(ConfigKeys.ALIYUN_REGION).flatMap(name -> {
            Optional<String> known = AliyunRegions.region(name);
            if (known.isEmpty()) {
                problem(ConfigKeys.ALIYUN_REGION + "=" + name
                        + " is invalid. Accepted values: cn-shanghai (front-end region cn) or"
                        + " ap-southeast-1 (front-end region sgp).");
            }
            return known;
        });
        URI fallback = AliyunRegions.endpoint(region.orElse(AliyunRegions.SHANGHAI));
        URI endpoint = reader().httpUrl(
                        ConfigKeys.ALIYUN_ENDPOINT,
                        fallback,
                        AliyunRegions.endpoint(AliyunRegions.SHANGHAI) + " or "
                                + AliyunRegions.endpoint(AliyunRegions.SINGAPORE));
        AliyunRegions.regionOf(endpoint).ifPresent(hostRegion -> {
            if (!AliyunRegions.served(hostRegion)) {
                problem(ConfigKeys.ALIYUN_ENDPOINT + "=" + endpoint + " names the region " + hostRegion
                        + ", where Captcha 2.0 has"
                        + " no endpoint. Fix: use " + AliyunRegions.endpoint(AliyunRegions.SHANGHAI) + " or "
                        + AliyunRegions.endpoint(AliyunRegions.SINGAPORE) + " (or their -dualstack / -vpc hosts).");
            } else if (region.isPresent() && !region.get().equals(hostRegion)) {
                problem(ConfigKeys.ALIYUN_REGION + " (" + region.get() + ") does not match "
                        + ConfigKeys.ALIYUN_ENDPOINT + "=" + endpoint + " ("
                        + hostRegion + "): the front end's region and the server's endpoint must match, or every"
                        + " verification fails. Fix: set " + ConfigKeys.ALIYUN_ENDPOINT + " to "
                        + AliyunRegions.endpoint(region.get())
                        + ", or remove it, or correct " + ConfigKeys.ALIYUN_REGION + ".");
            }
        });
        return endpoint;
    }
}
