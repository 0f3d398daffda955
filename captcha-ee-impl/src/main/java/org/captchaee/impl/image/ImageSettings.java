package org.captchaee.impl.image;

import java.time.Duration;

/**
 * The settings of the {@code image} verifier.
 *
 * @param width {@code captcha.image.width}, pixels
 * @param height {@code captcha.image.height}, pixels
 * @param length {@code captcha.image.length}, characters of an answer
 * @param challengeLifetime {@code captcha.image.challenge-lifetime}: how long a challenge can be answered
 * @param tokenLifetime {@code captcha.image.token-lifetime}: how long the captcha token of a right answer is good for
 * @param maxChallengesPerMinute {@code captcha.image.max-challenges-per-minute}: new challenges one client may ask for
 *     in a minute; 0 for no limit
 */
public record ImageSettings(
        int width,
        int height,
        int length,
        Duration challengeLifetime,
        Duration tokenLifetime,
        int maxChallengesPerMinute) {}
