package org.captchaee.impl.pow.kdf;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id version 1.3 (RFC 9106) by Bouncy Castle's lightweight API, with ALTCHA's mapping: passes = cost, memory =
 * memoryCost KiB, lanes = parallelism, the salt as Argon2's salt and the nonce and counter as its password. Loaded only
 * when Bouncy Castle is on the application's class path.
 */
final class BouncyCastleArgon2id implements KeyDerivation {

    private final KdfParameters parameters;

    /**
     * Fixes the costs.
     *
     * @param parameters the passes, the memory, the lanes and the key length
     */
    BouncyCastleArgon2id(KdfParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public byte[] derive(byte[] password, byte[] salt) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withIterations(parameters.cost())
                .withMemoryAsKB(parameters.memoryCost())
                .withParallelism(parameters.parallelism())
                .withSalt(salt)
                .build());
        byte[] key = new byte[parameters.keyLength()];
        generator.generateBytes(password, key);
        return key;
    }
}
