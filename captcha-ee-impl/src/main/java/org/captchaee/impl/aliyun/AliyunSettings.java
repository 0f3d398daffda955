package org.captchaee.impl.aliyun;

import java.net.URI;
import java.time.Duration;

/**
 * The Captcha 2.0 verifier's configuration ({@code captcha.aliyun.*}), validated once.
 *
 * @param credentials the AccessKey pair
 * @param sceneId the SceneId sent with every verification, so that a client cannot choose another scene
 * @param endpoint the API endpoint, matching the front end's region
 * @param timeout the time budget of one call, also used for the HTTP client's own timeouts
 */
public record AliyunSettings(AliyunCredentials credentials, String sceneId, URI endpoint, Duration timeout) {}
