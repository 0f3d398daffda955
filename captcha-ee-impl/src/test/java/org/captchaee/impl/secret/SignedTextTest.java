package org.captchaee.impl.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SignedTextTest {

    private final SignedText signer = new SignedText("k".repeat(32).getBytes(StandardCharsets.UTF_8));

    @Test
    void signedText_opensToItself() {
        assertEquals(Optional.of("p1.abc.123"), signer.open(signer.sign("p1.abc.123")));
    }

    @Test
    void signatureIsHmacSha256OfTheText_inBase64Url() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        SignedText jefe = new SignedText("Jefe".getBytes(StandardCharsets.UTF_8));
        String signed = jefe.sign("what do ya want for nothing?");
        // 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843
        assertEquals("what do ya want for nothing?.W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM", signed);
    }

    @Test
    void anyChange_orAnotherSpellingOfTheSignature_isRefused() {
        String signed = signer.sign("c1.id.100.digest");
        assertTrue(signer.open("c1.id.101.digest" + signed.substring(signed.lastIndexOf('.')))
                .isEmpty());
        assertTrue(signer.open(signed + "A").isEmpty());
        assertTrue(signer.open(signed.substring(0, signed.length() - 1)).isEmpty());
        assertTrue(signer.open("no-dot-at-all").isEmpty());
        assertTrue(new SignedText("x".repeat(32).getBytes(StandardCharsets.UTF_8))
                .open(signed)
                .isEmpty());
    }
}
