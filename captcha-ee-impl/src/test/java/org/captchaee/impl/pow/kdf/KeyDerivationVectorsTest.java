package org.captchaee.impl.pow.kdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * The key derivations against published vectors: RFC 7914 for PBKDF2-HMAC-SHA-256 and scrypt, and the ALTCHA v2
 * vectors of protocols.md 4.2 (computed with the official Java and JavaScript libraries) for the SHA rounds and PBKDF2
 * over a nonce-and-counter password.
 */
class KeyDerivationVectorsTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] NONCE = HEX.parseHex("000102030405060708090a0b0c0d0e0f");
    private static final byte[] SALT = HEX.parseHex("101112131415161718191a1b1c1d1e1f");

    private static byte[] password(int counter) {
        return ByteBuffer.allocate(NONCE.length + 4).put(NONCE).putInt(counter).array();
    }

    private static String derive(KdfAlgorithm algorithm, KdfParameters parameters, byte[] password, byte[] salt) {
        return HEX.formatHex(algorithm.derivation(parameters).derive(password, salt));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void pbkdf2Sha256_rfc7914() {
        assertEquals(
                "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                        + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783",
                derive(KdfAlgorithm.PBKDF2_SHA_256, new KdfParameters(1, 0, 0, 64), ascii("passwd"), ascii("salt")));
        assertEquals(
                "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                        + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d",
                derive(
                        KdfAlgorithm.PBKDF2_SHA_256,
                        new KdfParameters(80_000, 0, 0, 64),
                        ascii("Password"),
                        ascii("NaCl")));
    }

    @Test
    void scrypt_rfc7914() {
        assertEquals(
                "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                        + "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640",
                derive(KdfAlgorithm.SCRYPT, new KdfParameters(1024, 8, 16, 64), ascii("password"), ascii("NaCl")));
    }

    @Test
    void shaRounds_altchaVector() {
        assertEquals(
                "00499e97a4d174cf7087af5005eb0098f9a1260ba51c3abc8c8fe234d1a6d37b",
                derive(KdfAlgorithm.SHA_256, new KdfParameters(1, 0, 0, 32), password(52), SALT));
        assertEquals(
                "eedfafa451d4c2c9bd91991dc810c70bfd87fb9393f977b1bf7a00ffff98449e",
                derive(KdfAlgorithm.SHA_256, new KdfParameters(1, 0, 0, 32), password(0), SALT));
    }

    @Test
    void pbkdf2_altchaVector() {
        assertEquals(
                "00f200ab2d9ac7f93f1bcc073f5df4f7ee471668ad21853d8ff8185299da4489",
                derive(KdfAlgorithm.PBKDF2_SHA_256, new KdfParameters(1000, 0, 0, 32), password(247), SALT));
    }

    @Test
    void shaRounds_hashTheWholePreviousDigest_andTruncateAtTheEnd() throws Exception {
        java.security.MessageDigest sha512 = java.security.MessageDigest.getInstance("SHA-512");
        sha512.update(SALT);
        byte[] expected = sha512.digest(password(7));
        expected = sha512.digest(expected);
        expected = sha512.digest(expected);
        assertEquals(
                HEX.formatHex(expected).substring(0, 64),
                derive(KdfAlgorithm.SHA_512, new KdfParameters(3, 0, 0, 32), password(7), SALT));
    }

    @Test
    void namesAreTheProtocols() {
        assertEquals(
                KdfAlgorithm.PBKDF2_SHA_256,
                KdfAlgorithm.named("PBKDF2/SHA-256").orElseThrow());
        assertEquals(KdfAlgorithm.ARGON2ID, KdfAlgorithm.named("ARGON2ID").orElseThrow());
        assertEquals(java.util.Optional.empty(), KdfAlgorithm.named("pbkdf2/sha-256"));
    }
}
