package org.captchaee.impl.pow.kdf;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * PBKDF2 (RFC 8018, section 5.2) with an HMAC of the JDK as its pseudo-random function, over a binary password. The
 * JDK's own {@code PBKDF2WithHmacSHA256} takes the password as {@code char[]} and encodes it, which cannot express the
 * nonce and counter bytes of an ALTCHA password; the HMAC itself is the platform's.
 */
final class Pbkdf2 implements KeyDerivation {

    private final String hmac;
    private final KdfParameters parameters;

    /**
     * Fixes the HMAC and the iterations.
     *
     * @param hmac the JDK name of the HMAC: {@code HmacSHA256}, {@code HmacSHA384} or {@code HmacSHA512}
     * @param parameters the cost (iterations) and the key length
     */
    Pbkdf2(String hmac, KdfParameters parameters) {
        this.hmac = hmac;
        this.parameters = parameters;
        newMac();
    }

    @Override
    public byte[] derive(byte[] password, byte[] salt) {
        try {
            Mac mac = newMac();
            mac.init(new SecretKeySpec(password, hmac));
            int length = parameters.keyLength();
            int blockLength = mac.getMacLength();
            byte[] key = new byte[length];
            for (int block = 1, offset = 0; offset < length; block++, offset += blockLength) {
                byte[] t = block(mac, salt, block);
                System.arraycopy(t, 0, key, offset, Math.min(blockLength, length - offset));
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(hmac + " refused a key of " + password.length + " bytes", e);
        }
    }

    /** T_i = U_1 xor U_2 xor ... xor U_c, with U_1 = PRF(P, S || INT(i)) and U_j = PRF(P, U_{j-1}). */
    private byte[] block(Mac mac, byte[] salt, int index) throws ShortBufferException {
        mac.update(salt);
        mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(index).array());
        byte[] u = mac.doFinal();
        byte[] t = u.clone();
        for (int iteration = 1; iteration < parameters.cost(); iteration++) {
            mac.update(u);
            mac.doFinal(u, 0);
            for (int i = 0; i < t.length; i++) {
                t[i] ^= u[i];
            }
        }
        return t;
    }

    private Mac newMac() {
        try {
            return Mac.getInstance(hmac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + hmac, e);
        }
    }
}
