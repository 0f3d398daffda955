package org.captchaee.impl.pow.kdf;

/**
 * One key derivation of ALTCHA v2 with its cost parameters fixed: what a client repeats for every counter it tries and
 * what the server runs once per solution it checks. Implementations are thread-safe.
 */
public interface KeyDerivation {

    /**
     * Derives a key.
     *
     * @param password the challenge's nonce bytes followed by the counter, 4 bytes big-endian
     * @param salt the challenge's salt bytes
     * @return the derived key, {@link KdfParameters#keyLength()} bytes
     */
    byte[] derive(byte[] password, byte[] salt);
}
