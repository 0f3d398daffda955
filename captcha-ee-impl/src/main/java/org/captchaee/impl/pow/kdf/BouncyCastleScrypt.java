package org.captchaee.impl.pow.kdf;

import org.bouncycastle.crypto.generators.SCrypt;

/**
 * scrypt (RFC 7914) by Bouncy Castle's lightweight API, with ALTCHA's mapping: N = cost, r = memoryCost,
 * p = parallelism. Loaded only when Bouncy Castle is on the application's class path.
 */
final class BouncyCastleScrypt implements KeyDerivation {

    private final KdfParameters parameters;

    /**
     * Fixes the costs.
     *
     * @param parameters N, r, p and the key length
     */
    BouncyCastleScrypt(KdfParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public byte[] derive(byte[] password, byte[] salt) {
        return SCrypt.generate(
                password,
                salt,
                parameters.cost(),
                parameters.memoryCost(),
                parameters.parallelism(),
                parameters.keyLength());
    }
}
