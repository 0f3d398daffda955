package org.captchaee.impl.aliyun;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regions of Captcha 2.0 and their endpoints. The front end's region ({@code AliyunCaptchaConfig.region}: {@code cn}
 * or {@code sgp}) and the server's endpoint must match, or every verification fails: the upgrade guide calls the mismatch
 * a common error, so it is caught at deployment.
 */
final class AliyunRegions {

    /** The mainland China region, the default. */
    static final String SHANGHAI = "cn-shanghai";

    /** The region outside the mainland. */
    static final String SINGAPORE = "ap-southeast-1";

    private static final Map<String, String> BY_NAME =
            Map.of(SHANGHAI, SHANGHAI, "cn", SHANGHAI, SINGAPORE, SINGAPORE, "sgp", SINGAPORE);

    /** The public ({@code captcha}), dual-stack and VPC hosts of a region. */
    private static final Pattern CAPTCHA_HOST =
            Pattern.compile("captcha(?:-dualstack|-vpc)?\\.([a-z0-9-]+)\\.aliyuncs\\.com");

    private AliyunRegions() {}

    /**
     * The region a configured name means.
     *
     * @param name a region id or a front-end region name ({@code cn}, {@code sgp}), any case
     * @return the region id, empty if Captcha 2.0 has no such region
     */
    static Optional<String> region(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The public endpoint of a region.
     *
     * @param region a region id
     * @return {@code https://captcha.<region>.aliyuncs.com}
     */
    static URI endpoint(String region) {
        return URI.create("https://captcha." + region + ".aliyuncs.com");
    }

    /**
     * The region of an Alibaba Cloud captcha endpoint.
     *
     * @param endpoint the endpoint
     * @return the region id in its host, empty for any other host (a proxy, a test stub)
     */
    static Optional<String> regionOf(URI endpoint) {
        Matcher host = CAPTCHA_HOST.matcher(endpoint.getHost().toLowerCase(Locale.ROOT));
        return host.matches() ? Optional.of(host.group(1)) : Optional.empty();
    }

    /**
     * Whether Captcha 2.0 serves a region.
     *
     * @param region a region id
     * @return {@code true} for Shanghai and Singapore
     */
    static boolean served(String region) {
        return BY_NAME.containsKey(region) && BY_NAME.get(region).equals(region);
    }
}
