package org.captchaee.impl.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitedLogTest {

    private final Logger logger = Logger.getLogger("captcha-ee.test." + RateLimitedLogTest.class.getSimpleName());
    private final List<String> lines = new ArrayList<>();
    private final AtomicLong now = new AtomicLong();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final RateLimitedLog log = new RateLimitedLog(logger, Duration.ofMinutes(1), now::get);

    @BeforeEach
    void capture() {
        logger.setUseParentHandlers(false);
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
    }

    @Test
    void aFloodOfMessages_logsOncePerInterval_andCountsTheRest() {
        for (int i = 0; i < 1000; i++) {
            log.log(Level.WARNING, "tencent", () -> "down");
        }
        assertEquals(List.of("down"), lines);
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        assertTrue(log.log(Level.WARNING, "tencent", () -> "down"));
        assertEquals(List.of("down", "down (999 similar messages suppressed)"), lines);
    }

    @Test
    void keys_haveTheirOwnWindows() {
        assertTrue(log.log(Level.WARNING, "tencent", () -> "a"));
        assertTrue(log.log(Level.WARNING, "aliyun", () -> "b"));
        assertFalse(log.log(Level.WARNING, "tencent", () -> "c"));
        assertEquals(List.of("a", "b"), lines);
    }
}
