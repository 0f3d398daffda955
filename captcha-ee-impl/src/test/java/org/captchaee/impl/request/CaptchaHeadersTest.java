package org.captchaee.impl.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CaptchaHeadersTest {

    @Test
    void captchaHeaders_areRecognisedWhateverTheirCase() {
        assertTrue(CaptchaHeaders.isCaptchaHeader("X-Captcha-Token"));
        assertTrue(CaptchaHeaders.isCaptchaHeader("x-captcha-randstr"));
        assertFalse(CaptchaHeaders.isCaptchaHeader("X-Captchas"));
        assertFalse(CaptchaHeaders.isCaptchaHeader("Authorization"));
    }

    @Test
    void validHeaders_passWithLowerCaseNames() throws MalformedHeaderException {
        Map<String, String> valid = CaptchaHeaders.validate(Map.of("X-Captcha-Token", List.of("a".repeat(4096))));
        assertEquals(4096, valid.get("x-captcha-token").length());
    }

    @Test
    void valueOver4KiB_isMalformed() {
        MalformedHeaderException e = assertThrows(
                MalformedHeaderException.class,
                () -> CaptchaHeaders.validate(Map.of("x-captcha-token", List.of("a".repeat(4097)))));
        assertEquals("The header X-Captcha-Token is longer than 4096 bytes.", e.getMessage());
    }

    @Test
    void limitCountsUtf8Bytes_notCharacters() {
        assertThrows(
                MalformedHeaderException.class,
                () -> CaptchaHeaders.validate(Map.of("x-captcha-token", List.of("é".repeat(2049)))));
    }

    @Test
    void controlCharacters_areMalformed() {
        for (String value : List.of("a\tb", "a\u0000b", "a\rb", "a\u007fb", "a\u0085b")) {
            assertThrows(
                    MalformedHeaderException.class,
                    () -> CaptchaHeaders.validate(Map.of("x-captcha-token", List.of(value))),
                    value);
        }
    }

    @Test
    void repeatedHeader_isMalformed() {
        MalformedHeaderException e = assertThrows(
                MalformedHeaderException.class,
                () -> CaptchaHeaders.validate(Map.of("x-captcha-token", List.of("pass", "fail"))));
        assertTrue(e.getMessage().contains("exactly once"));
    }

    @Test
    void messages_neverQuoteTheValue() {
        MalformedHeaderException e = assertThrows(
                MalformedHeaderException.class,
                () -> CaptchaHeaders.validate(Map.of("x-captcha-token", List.of("secret\u0001"))));
        assertFalse(e.getMessage().contains("secret"));
    }
}
