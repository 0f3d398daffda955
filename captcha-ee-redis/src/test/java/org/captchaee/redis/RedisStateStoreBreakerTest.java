package org.captchaee.redis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;

import org.captchaee.spi.StateStoreFullException;
import org.captchaee.spi.StateStoreUnavailableException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

class RedisStateStoreBreakerTest {

    @Test
    void anOpenBreaker_isAnOutage() {
        RedisStateStore store = new RedisStateStore(new OpenBreaker(), "captcha:");
        Duration ttl = Duration.ofMinutes(1);
        for (StateStoreUnavailableException e : List.of(
                assertThrows(StateStoreUnavailableException.class, () -> store.putIfAbsent("k", ttl)),
                assertThrows(StateStoreUnavailableException.class, () -> store.increment("k", ttl)),
                assertThrows(StateStoreUnavailableException.class, () -> store.count("k")),
                assertThrows(StateStoreUnavailableException.class, () -> store.remove("k")))) {
            assertInstanceOf(CircuitBreakerOpenException.class, e.getCause());
        }
    }

    @Test
    void everyCommand_hasABreakerThatOnlyOutagesOpen() throws NoSuchMethodException {
        for (Method method : List.of(
                RedisCommands.class.getMethod("putIfAbsent", String.class, long.class),
                RedisCommands.class.getMethod("increment", String.class, long.class),
                RedisCommands.class.getMethod("count", String.class),
                RedisCommands.class.getMethod("remove", String.class))) {
            CircuitBreaker breaker = method.getAnnotation(CircuitBreaker.class);
            assertNotNull(breaker, method.getName());
            assertArrayEquals(new Class<?>[] {StateStoreUnavailableException.class}, breaker.failOn());
            assertArrayEquals(new Class<?>[] {StateStoreFullException.class}, breaker.skipOn());
            assertEquals(10, breaker.requestVolumeThreshold());
            assertEquals(5_000, breaker.delay());
        }
    }

    /** Commands whose breaker is open. */
    private static final class OpenBreaker extends RedisCommands {
        @Override
        public boolean putIfAbsent(String key, long ttlMillis) {
            throw new CircuitBreakerOpenException();
        }

        @Override
        public long increment(String key, long ttlMillis) {
            throw new CircuitBreakerOpenException();
        }

        @Override
        public long count(String key) {
            throw new CircuitBreakerOpenException();
        }

        @Override
        public void remove(String key) {
            throw new CircuitBreakerOpenException();
        }
    }
}
