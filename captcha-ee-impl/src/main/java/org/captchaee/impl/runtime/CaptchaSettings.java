package org.captchaee.impl.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.captchaee.OutagePolicy;
import org.captchaee.impl.request.Cidr;
import org.captchaee.impl.request.ForwardingHeader;

/**
 * The application-wide settings, read once at deployment.
 *
 * @param defaultVerifier {@code captcha.verifier}, if set
 * @param outagePolicy {@code captcha.outage.policy}, never {@link OutagePolicy#DEFAULT}
 * @param fallbackVerifier {@code captcha.outage.fallback}, if set
 * @param retryAfter {@code captcha.outage.retry-after}
 * @param trustedProxies {@code captcha.client-ip.trusted-proxies}
 * @param clientIpHeader {@code captcha.client-ip.header}
 * @param ipv6Prefix {@code captcha.client-ip.ipv6-prefix}
 * @param storeMaxEntries {@code captcha.store.max-entries}
 * @param endpointsPath {@code captcha.endpoints.path}, without leading or trailing slashes
 * @param allowBudget {@code captcha.outage.allow-budget*} and the fallback verifier
 * @param testMode {@code captcha.test-mode}: whether a verifier in use may accept captchas nobody solved
 */
public record CaptchaSettings(
        Optional<String> defaultVerifier,
        OutagePolicy outagePolicy,
        Optional<String> fallbackVerifier,
        Duration retryAfter,
        List<Cidr> trustedProxies,
        ForwardingHeader clientIpHeader,
        int ipv6Prefix,
        int storeMaxEntries,
        String endpointsPath,
        AllowBudget allowBudget,
        boolean testMode) {

    /** The outage policy when {@code captcha.outage.policy} is not set: an outage never blocks the business. */
    public static final OutagePolicy DEFAULT_OUTAGE_POLICY = OutagePolicy.ALLOW;

    /** The Retry-After when {@code captcha.outage.retry-after} is not set. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);

    /** The forwarding header read when {@code captcha.client-ip.header} is not set: what most proxies write. */
    public static final ForwardingHeader DEFAULT_CLIENT_IP_HEADER = ForwardingHeader.X_FORWARDED_FOR;

    /** The IPv6 prefix when {@code captcha.client-ip.ipv6-prefix} is not set: one subscriber's usual allocation. */
    public static final int DEFAULT_IPV6_PREFIX = 64;

    /** The size of the in-memory state store when {@code captcha.store.max-entries} is not set. */
    public static final int DEFAULT_STORE_MAX_ENTRIES = 1_000_000;

    /** Where the library's endpoints live when {@code captcha.endpoints.path} is not set. */
    public static final String DEFAULT_ENDPOINTS_PATH = "captcha";

    /** Makes the list immutable. */
    public CaptchaSettings {
        trustedProxies = List.copyOf(trustedProxies);
    }
}
