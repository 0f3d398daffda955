package org.captchaee.impl.testmode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.captchaee.impl.log.RateLimitedLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TestModeTest {

    private final Logger logger = Logger.getLogger("captcha-ee.test." + TestModeTest.class.getSimpleName());
    private final List<LogRecord> lines = new ArrayList<>();
    private final AtomicLong now = new AtomicLong();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    TestModeTest() {
        logger.setUseParentHandlers(false);
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
    }

    @Test
    void on_warnsAtOnce_thenAtMostOnceAMinute() {
        TestMode mode = new TestMode(true, new RateLimitedLog(logger, TestMode.INTERVAL, now::get));
        mode.remind();
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).getMessage().startsWith("CAPTCHA-W006 captcha.test-mode=true"));
        assertEquals("WARNING", lines.get(0).getLevel().getName());
        now.addAndGet(TestMode.INTERVAL.toNanos() - 1);
        mode.remind();
        assertEquals(1, lines.size());
        now.incrementAndGet();
        mode.remind();
        assertEquals(2, lines.size());
        assertTrue(mode.isOn());
    }

    @Test
    void off_neverWarns() {
        TestMode mode = new TestMode(false, new RateLimitedLog(logger, TestMode.INTERVAL, now::get));
        mode.remind();
        assertEquals(List.of(), lines);
        assertFalse(mode.isOn());
        assertFalse(TestMode.of(false).isOn());
    }
}
