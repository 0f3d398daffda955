package org.captchaee.impl.aliyun;

import java.net.URI;
import java.time.Duration;

import org.captchaee.impl.provider.OutboundProxy;
import org.captchaee.impl.provider.ProviderLink;

/**
 * The Captcha 1.0 verifier's configuration ({@code captcha.aliyun-v1.*} and the shared AccessKey), validated once.
 *
 * @param credentials the AccessKey pair
 * @param appKey the AppKey of the 1.0 configuration
 * @param scene the scene, the same as the front end's
 * @param endpoint the API endpoint
 * @param timeout the time budget of one call, also used for the HTTP client's own timeouts
 * @param proxy how Alibaba Cloud is reached
 */
public record AliyunV1Settings(
        AliyunCredentials credentials, String appKey, String scene, URI endpoint, Duration timeout, OutboundProxy proxy)
        implements ProviderLink {}
