package org.captchaee.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.Test;

class CaptchaStateStoreTest {

    @Test
    void defaultPing_readsItsKey_andThrowsWhatTheReadThrows() {
        List<String> read = new ArrayList<>();
        new ReadOnlyStore(key -> {
                    read.add(key);
                    return 0;
                })
                .ping();
        assertEquals(List.of(CaptchaStateStore.PING_KEY), read);

        CaptchaStateStore unreachable = new ReadOnlyStore(key -> {
            throw new StateStoreUnavailableException("the engine did not answer");
        });
        assertThrows(StateStoreUnavailableException.class, unreachable::ping);
    }

    /** A store that can only count. */
    private record ReadOnlyStore(ToLongFunction<String> counts) implements CaptchaStateStore {

        @Override
        public boolean putIfAbsent(String key, Duration ttl) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long increment(String key, Duration ttl) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(String key) {
            return counts.applyAsLong(key);
        }

        @Override
        public void remove(String key) {
            throw new UnsupportedOperationException();
        }
    }
}
