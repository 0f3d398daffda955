package org.captchaee.bench;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Keys shaped like the replay guard's: {@code replay:<verifier>:<base64url SHA-256>}. */
final class ReplayKeys {

    private ReplayKeys() {}

    static String key(long n) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(ByteBuffer.allocate(8).putLong(n).array());
            return "replay:image:" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
