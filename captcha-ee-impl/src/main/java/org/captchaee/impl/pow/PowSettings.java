package org.captchaee.impl.pow;

import java.time.Duration;

/**
 * The settings of the {@code pow} verifier.
 *
 * @param maxNumber {@code captcha.pow.max-number}: the size of the search space, so the difficulty (a browser tries
 *     about half of it on average)
 * @param lifetime {@code captcha.pow.lifetime}: how long a challenge can be solved and its solution sent
 */
public record PowSettings(long maxNumber, Duration lifetime) {}
