package org.captchaee.impl.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaError;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    private static final int LIMIT = 8 * 1024;

    @Test
    void aBodyUpToTheLimit_isReadWhole() {
        byte[] body = new byte[LIMIT];
        body[LIMIT - 1] = '}';
        assertArrayEquals(body, BoundedBody.read(new ByteArrayInputStream(body), LIMIT, "image"));
        assertArrayEquals(new byte[0], BoundedBody.read(new ByteArrayInputStream(new byte[0]), LIMIT, "image"));
    }

    @Test
    void aLongerBody_is413_afterReadingOneByteMoreThanTheLimit() {
        CountingStream huge = new CountingStream(10 * 1024 * 1024);
        CaptchaDeniedException tooLarge =
                assertThrows(CaptchaDeniedException.class, () -> BoundedBody.read(huge, LIMIT, "image"));
        assertEquals(CaptchaError.CAPTCHA_BODY_TOO_LARGE, tooLarge.error());
        assertEquals(413, tooLarge.error().status());
        assertEquals("image", tooLarge.verifier());
        assertEquals("The request body is too large: at most 8192 bytes are accepted.", tooLarge.getMessage());
        assertTrue(huge.served <= LIMIT + 1, huge.served + " bytes read");
    }

    @Test
    void aBrokenStream_isAMalformedBody() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        CaptchaDeniedException malformed =
                assertThrows(CaptchaDeniedException.class, () -> BoundedBody.read(broken, LIMIT, "image"));
        assertEquals(CaptchaError.CAPTCHA_MALFORMED, malformed.error());
    }

    /** A stream of zeros that counts what it served. */
    private static final class CountingStream extends InputStream {
        private final long length;
        long served;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (served == length) {
                return -1;
            }
            served++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (count == 0) {
                return 0;
            }
            int n = (int) Math.min(count, length - served);
            if (n <= 0) {
                return -1;
            }
            served += n;
            return n;
        }
    }
}
