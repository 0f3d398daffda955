package org.captchaee.impl.provider;

import java.time.Duration;

/**
 * What a verifier accepts of the disaster tokens its front end makes when the provider's script cannot load.
 *
 * @param mode when they count as an outage
 * @param owner the identifier a token must name: our CaptchaAppId (Tencent), our SceneId (Alibaba Cloud)
 * @param maxAge the oldest token accepted
 */
public record DisasterRules(DisasterTicketMode mode, String owner, Duration maxAge) {}
