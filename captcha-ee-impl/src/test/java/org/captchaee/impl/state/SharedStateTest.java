package org.captchaee.impl.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.secret.CaptchaSecret;
import org.captchaee.impl.testing.TestConfigs;
import org.captchaee.spi.CaptchaStateStore;
import org.captchaee.spi.StateStoreUnavailableException;
import org.junit.jupiter.api.Test;

class SharedStateTest {

    private static final Pattern PREFIX = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Pattern KEY = Pattern.compile("[a-z-]+:[A-Za-z0-9_-]{22}");

    private final SharedState state = TestStates.over(new InMemoryStateStore(1_000, () -> 1));

    @Test
    void everyFamily_hasItsOwnPrefix_thatNoOtherStartsWith() {
        Set<String> prefixes = new HashSet<>();
        for (KeyFamily family : KeyFamily.values()) {
            assertTrue(PREFIX.matcher(family.prefix()).matches(), family.prefix());
            assertTrue(prefixes.add(family.prefix()), family.prefix());
        }
        // the colon ends a prefix, so a family whose prefix starts another's still makes different keys
        for (KeyFamily one : KeyFamily.values()) {
            for (KeyFamily other : KeyFamily.values()) {
                if (one != other) {
                    assertFalse(state.key(other, "x").value().startsWith(one.prefix() + ":"), one + " " + other);
                }
            }
        }
    }

    @Test
    void aKey_isItsFamilyAndADigest_withNothingOfItsParts() {
        StateKey key = state.key(KeyFamily.ADAPTIVE_FAILURES, "com.example.Login#login", "key", "alice@example.com");
        assertTrue(KEY.matcher(key.value()).matches(), key.value());
        assertTrue(key.value().startsWith("adaptive-failures:"), key.value());
        assertFalse(key.value().contains("alice"), key.value());
        assertEquals(KeyFamily.ADAPTIVE_FAILURES, key.family());
    }

    @Test
    void differentParts_neverMakeTheSameKey_evenWhenTheirTextsJoinAlike() {
        List<StateKey> keys = List.of(
                state.key(KeyFamily.REPLAY, "ab", "c"),
                state.key(KeyFamily.REPLAY, "a", "bc"),
                state.key(KeyFamily.REPLAY, "a|1:b", "c"),
                state.key(KeyFamily.REPLAY, "a", "1:b", "c"),
                state.key(KeyFamily.REPLAY, "abc"),
                state.key(KeyFamily.IMAGE_PASS, "ab", "c"));
        assertEquals(keys.size(), new HashSet<>(keys).size(), keys.toString());
    }

    @Test
    void twoNodesWithTheSameSecret_findEachOthersEntries_anotherSecretDoesNot() {
        RecordingStore store = new RecordingStore();
        byte[] secret = "the same secret on every node....".getBytes(StandardCharsets.UTF_8);
        SharedState node1 = new SharedState(store, secret);
        SharedState node2 = new SharedState(store, secret);
        SharedState stranger =
                new SharedState(store, "another secret..................".getBytes(StandardCharsets.UTF_8));

        assertTrue(node1.putIfAbsent(node1.key(KeyFamily.REPLAY, "pow", "token"), Duration.ofMinutes(1)));
        assertFalse(node2.putIfAbsent(node2.key(KeyFamily.REPLAY, "pow", "token"), Duration.ofMinutes(1)));
        assertNotEquals(node1.key(KeyFamily.REPLAY, "pow", "token"), stranger.key(KeyFamily.REPLAY, "pow", "token"));
        assertTrue(store.keys.stream().noneMatch(key -> key.contains("token")), store.keys.toString());
    }

    @Test
    void everyFailedStoreOperation_isHeard_andThrownOn() {
        List<String> failed = new ArrayList<>();
        SharedState state = new SharedState(
                new UnreachableStore(),
                new CaptchaSecret(TestConfigs.of(ConfigKeys.SECRET, "s".repeat(32))),
                failed::add);
        StateKey key = state.key(KeyFamily.REPLAY, "pow", "token");

        assertThrows(StateStoreUnavailableException.class, () -> state.putIfAbsent(key, Duration.ofMinutes(1)));
        assertThrows(StateStoreUnavailableException.class, () -> state.increment(key, Duration.ofMinutes(1)));
        assertThrows(StateStoreUnavailableException.class, () -> state.count(key));
        assertThrows(StateStoreUnavailableException.class, () -> state.remove(key));
        assertEquals(List.of("put-if-absent", "increment", "count", "remove"), failed);
    }

    /** Remembers the keys it was given, and marks them. */
    private static final class RecordingStore implements CaptchaStateStore {

        final Set<String> keys = ConcurrentHashMap.newKeySet();

        @Override
        public boolean putIfAbsent(String key, Duration ttl) {
            return keys.add(key);
        }

        @Override
        public long increment(String key, Duration ttl) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(String key) {
            return keys.contains(key) ? 1 : 0;
        }

        @Override
        public void remove(String key) {
            keys.remove(key);
        }
    }
}
