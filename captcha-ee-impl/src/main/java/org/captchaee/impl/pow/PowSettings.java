package org.captchaee.impl.pow;

import java.time.Duration;

/**
 * The settings of the {@code pow} verifier.
 *
 * @param protocol {@code captcha.pow.protocol}: the ALTCHA version served and accepted
 * @param maxNumber {@code captcha.pow.max-number}, v1 only: the size of the search space, so the difficulty (a browser
 *     tries about half of it on average)
 * @param kdf v2 only: {@code captcha.pow.algorithm}, {@code captcha.pow.cost}, {@code captcha.pow.memory-cost},
 *     {@code captcha.pow.parallelism} and {@code captcha.pow.key-prefix}
 * @param maxConcurrentDerivations v2 only, {@code captcha.pow.max-concurrent-derivations}: how many key derivations
 *     the server runs at once to check solutions
 * @param lifetime {@code captcha.pow.lifetime}: how long a challenge can be solved and its solution sent
 */
public record PowSettings(
        AltchaProtocol.Version protocol,
        long maxNumber,
        KdfSettings kdf,
        int maxConcurrentDerivations,
        Duration lifetime) {}
