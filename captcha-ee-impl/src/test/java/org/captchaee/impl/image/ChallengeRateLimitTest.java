package org.captchaee.impl.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaError;
import org.captchaee.impl.state.InMemoryStateStore;
import org.captchaee.impl.state.TestStates;
import org.captchaee.spi.CaptchaStateStore;
import org.junit.jupiter.api.Test;

class ChallengeRateLimitTest {

    private final AtomicLong millis = new AtomicLong(1);
    private final InMemoryStateStore store = new InMemoryStateStore(1_000, millis::get);

    @Test
    void aClientGetsTheLimitEachMinute_then429WithRetryAfter() {
        ChallengeRateLimit limit = new ChallengeRateLimit(TestStates.over(store), 20);
        for (int i = 1; i <= 20; i++) {
            limit.admit("192.0.2.1");
        }
        CaptchaDeniedException refused = assertThrows(CaptchaDeniedException.class, () -> limit.admit("192.0.2.1"));
        assertEquals(CaptchaError.CAPTCHA_RATE_LIMITED, refused.error());
        assertEquals(429, refused.error().status());
        assertEquals(ImageVerifier.NAME, refused.verifier());
        assertEquals(Optional.of(Duration.ofMinutes(1)), refused.retryAfter());
        assertEquals(
                "Too many image challenges were asked for from this address. Try again in a minute.",
                refused.getMessage());

        limit.admit("192.0.2.2");
        millis.addAndGet(Duration.ofMinutes(1).toMillis());
        limit.admit("192.0.2.1");
    }

    @Test
    void zero_meansUnlimited() {
        ChallengeRateLimit limit = new ChallengeRateLimit(TestStates.over(store), 0);
        for (int i = 0; i < 500; i++) {
            limit.admit("192.0.2.1");
        }
        assertEquals(0, store.count("image-challenges:192.0.2.1"), "nothing counted");
    }

    @Test
    void aFailingStore_doesNotStopChallenges() {
        CaptchaStateStore broken = new CaptchaStateStore() {
            @Override
            public boolean putIfAbsent(String key, Duration ttl) {
                throw new IllegalStateException("down");
            }

            @Override
            public long increment(String key, Duration ttl) {
                throw new IllegalStateException("down");
            }

            @Override
            public long count(String key) {
                throw new IllegalStateException("down");
            }

            @Override
            public void remove(String key) {
                throw new IllegalStateException("down");
            }
        };
        new ChallengeRateLimit(TestStates.over(broken), 1).admit("192.0.2.1");
    }
}
