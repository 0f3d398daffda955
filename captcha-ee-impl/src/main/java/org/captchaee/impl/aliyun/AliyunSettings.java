package org.captchaee.impl.aliyun;

import java.net.URI;
import java.time.Duration;

import org.captchaee.impl.provider.DisasterRules;
import org.captchaee.impl.provider.DisasterTicketMode;
import org.captchaee.impl.provider.OutboundProxy;
import org.captchaee.impl.provider.ProviderLink;

/**
 * The Captcha 2.0 verifier's configuration ({@code captcha.aliyun.*}), validated once.
 *
 * @param credentials the AccessKey pair
 * @param sceneId the SceneId sent with every verification, so that a client cannot choose another scene
 * @param endpoint the API endpoint, matching the front end's region
 * @param timeout the time budget of one call, also used for the HTTP client's own timeouts
 * @param disasterTickets what the disaster tokens of the browser helper do
 * @param disasterTicketMaxAge the oldest disaster token accepted
 * @param proxy how Alibaba Cloud is reached
 */
public record AliyunSettings(
        AliyunCredentials credentials,
        String sceneId,
        URI endpoint,
        Duration timeout,
        DisasterTicketMode disasterTickets,
        Duration disasterTicketMaxAge,
        OutboundProxy proxy)
        implements ProviderLink {

    /**
     * What the verifier accepts of disaster tokens.
     *
     * @return the mode, our SceneId as the owner, and the maximum age
     */
    public DisasterRules disasterRules() {
        return new DisasterRules(disasterTickets, sceneId, disasterTicketMaxAge);
    }
}
