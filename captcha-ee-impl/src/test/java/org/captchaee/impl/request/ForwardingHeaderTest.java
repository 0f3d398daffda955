package org.captchaee.impl.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ForwardingHeaderTest {

    @Test
    void headerNames_areReadIgnoringCase() {
        assertEquals(Optional.of(ForwardingHeader.X_FORWARDED_FOR), ForwardingHeader.parse("X-Forwarded-For"));
        assertEquals(Optional.of(ForwardingHeader.X_FORWARDED_FOR), ForwardingHeader.parse(" x-forwarded-for "));
        assertEquals(Optional.of(ForwardingHeader.FORWARDED), ForwardingHeader.parse("FORWARDED"));
    }

    @Test
    void anythingElse_isNoHeader() {
        assertEquals(Optional.empty(), ForwardingHeader.parse("X-Real-IP"));
        assertEquals(Optional.empty(), ForwardingHeader.parse("X_FORWARDED_FOR"));
        assertEquals(Optional.empty(), ForwardingHeader.parse(""));
    }
}
