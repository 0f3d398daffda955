package org.captchaee.impl.tencent;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.captchaee.impl.provider.DisasterRules;
import org.captchaee.impl.provider.DisasterTicketMode;
import org.captchaee.impl.provider.OutboundProxy;
import org.captchaee.impl.provider.ProviderLink;

/**
 * The Tencent verifier's configuration ({@code captcha.tencent.*}), validated once.
 *
 * @param secretId the SecretId of the cloud API key
 * @param secretKey the SecretKey of the cloud API key
 * @param appId the CaptchaAppId
 * @param appSecretKey the AppSecretKey of the CaptchaAppId
 * @param endpoint the API endpoint
 * @param region the X-TC-Region header, if configured
 * @param businessId the optional BusinessId field
 * @param sceneId the optional SceneId field
 * @param disasterTickets what disaster tickets do
 * @param disasterTicketMaxAge the oldest disaster ticket accepted
 * @param ticketHeader the request header carrying the ticket
 * @param randstrHeader the request header carrying the random string
 * @param timeout the time budget of one call, also used for the HTTP client's own timeouts
 * @param proxy how Tencent is reached
 */
public record TencentSettings(
        String secretId,
        String secretKey,
        long appId,
        String appSecretKey,
        URI endpoint,
        Optional<String> region,
        Optional<Long> businessId,
        Optional<Long> sceneId,
        DisasterTicketMode disasterTickets,
        Duration disasterTicketMaxAge,
        String ticketHeader,
        String randstrHeader,
        Duration timeout,
        OutboundProxy proxy)
        implements ProviderLink {

    /**
     * What the verifier accepts of disaster tickets.
     *
     * @return the mode, our CaptchaAppId as the owner, and the maximum age
     */
    public DisasterRules disasterRules() {
        return new DisasterRules(disasterTickets, Long.toString(appId), disasterTicketMaxAge);
    }

    @Override
    public String toString() {
        // secrets are never printed
        return "TencentSettings[secretId=" + secretId + ", appId=" + appId + ", endpoint=" + endpoint + ", proxy="
                + proxy + "]";
    }
}
