package org.captchaee.impl.adaptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaKey;
import org.captchaee.impl.key.KeyReader;
import org.captchaee.impl.runtime.Triggers;
import org.captchaee.impl.state.InMemoryStateStore;
import org.captchaee.impl.state.KeyFamily;
import org.captchaee.impl.state.SharedState;
import org.captchaee.impl.state.TestStates;
import org.junit.jupiter.api.Test;

class AdaptiveCountersTest {

    private static final String OP = "com.example.Login#login";
    private static final Triggers AFTER_3_FAILURES = new Triggers(3, Duration.ofMinutes(15), 0, Duration.ofHours(1));
    private static final Triggers AFTER_2_CALLS = new Triggers(0, Duration.ofMinutes(15), 2, Duration.ofHours(1));

    private final AtomicLong millis = new AtomicLong(1);
    private final InMemoryStateStore store = new InMemoryStateStore(1_000, millis::get);
    private final SharedState state = TestStates.over(store);
    private final AdaptiveCounters counters = new AdaptiveCounters(state);

    @Test
    void failures_reachTheThreshold_perClient() {
        Optional<String> none = Optional.empty();
        assertFalse(required(OP, AFTER_3_FAILURES, "192.0.2.1", none));
        assertFalse(counters.failed(OP, AFTER_3_FAILURES, "192.0.2.1", none));
        assertFalse(counters.failed(OP, AFTER_3_FAILURES, "192.0.2.1", none));
        assertTrue(counters.failed(OP, AFTER_3_FAILURES, "192.0.2.1", none), "the third failure reaches 3");
        assertTrue(required(OP, AFTER_3_FAILURES, "192.0.2.1", none));
        assertFalse(required(OP, AFTER_3_FAILURES, "192.0.2.2", none), "another client");
        assertFalse(required("com.example.Other#m", AFTER_3_FAILURES, "192.0.2.1", none));
    }

    @Test
    void aSuccess_resetsItsOwnKeyOnly_neverTheClientsCount() {
        String client = "192.0.2.10";
        counters.failed(OP, AFTER_3_FAILURES, client, Optional.of("bob"));
        counters.failed(OP, AFTER_3_FAILURES, client, Optional.of("carol"));
        counters.succeeded(OP, Optional.of("mallory"));
        assertTrue(
                counters.failed(OP, AFTER_3_FAILURES, client, Optional.of("dave")),
                "logging into its own account does not let a client go on guessing others");
        assertTrue(required(OP, AFTER_3_FAILURES, client, Optional.of("erin")));

        counters.failed(OP, AFTER_3_FAILURES, "198.51.100.1", Optional.of("frank"));
        counters.failed(OP, AFTER_3_FAILURES, "198.51.100.2", Optional.of("frank"));
        counters.succeeded(OP, Optional.of("frank"));
        assertFalse(counters.failed(OP, AFTER_3_FAILURES, "198.51.100.3", Optional.of("frank")), "frank's reset");
    }

    @Test
    void failuresOfOneKey_countAcrossIps() {
        Optional<String> bob = Optional.of("bob");
        counters.failed(OP, AFTER_3_FAILURES, "198.51.100.1", bob);
        counters.failed(OP, AFTER_3_FAILURES, "198.51.100.2", bob);
        assertTrue(counters.failed(OP, AFTER_3_FAILURES, "198.51.100.3", bob));
        assertTrue(required(OP, AFTER_3_FAILURES, "198.51.100.4", bob), "a fresh IP, same account");
        assertFalse(required(OP, AFTER_3_FAILURES, "198.51.100.4", Optional.of("alice")));
    }

    @Test
    void theFailureWindowEnds() {
        for (int i = 0; i < 3; i++) {
            counters.failed(OP, AFTER_3_FAILURES, "192.0.2.9", Optional.empty());
        }
        millis.addAndGet(Duration.ofMinutes(15).toMillis());
        assertFalse(required(OP, AFTER_3_FAILURES, "192.0.2.9", Optional.empty()));
    }

    @Test
    void callsInFlight_holdTheirPlaces_soABurstRunsNoMoreThanTheFailuresLeft() throws Exception {
        Triggers afterFive = new Triggers(5, Duration.ofMinutes(15), 0, Duration.ofHours(1));
        int burst = 200;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Admission>> admissions = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                admissions.add(pool.submit(() -> {
                    start.await();
                    return counters.admit(OP, afterFive, "192.0.2.20", Optional.of("victim"), false);
                }));
            }
            start.countDown();
            List<Admission> admitted = new ArrayList<>();
            for (Future<Admission> admission : admissions) {
                Admission result = admission.get(30, TimeUnit.SECONDS);
                if (!result.captchaRequired()) {
                    admitted.add(result);
                }
            }
            assertEquals(5, admitted.size(), "calls let through without a captcha");

            // two of them fail, the others end: three places are free again, not five
            counters.failed(OP, afterFive, "192.0.2.20", Optional.of("victim"));
            counters.failed(OP, afterFive, "192.0.2.20", Optional.of("victim"));
            admitted.forEach(admission -> counters.release(admission.places()));
            int again = 0;
            for (int i = 0; i < 10; i++) {
                again += counters.admit(OP, afterFive, "192.0.2.20", Optional.of("victim"), false)
                                .captchaRequired()
                        ? 0
                        : 1;
            }
            assertEquals(3, again);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusedCall_leavesNothingInTheStore() {
        Triggers afterOne = new Triggers(1, Duration.ofMinutes(15), 0, Duration.ofHours(1));
        Admission first = counters.admit(OP, afterOne, "192.0.2.30", Optional.of("a"), false);
        assertFalse(first.captchaRequired());
        // the client's only place is taken: a call for another key is refused, and takes no place for that key
        assertTrue(counters.admit(OP, afterOne, "192.0.2.30", Optional.of("b"), false)
                .captchaRequired());
        assertEquals(0, state.count(state.key(KeyFamily.ADAPTIVE_PLACE, OP, "key", "b", "1")));
        counters.release(first.places());
        assertTrue(first.places().stream().allMatch(place -> state.count(place) == 0));
    }

    @Test
    void calls_passUpToTheAllowance_perIpAndPerKey() {
        Optional<String> phone = Optional.of("+8613800138000");
        assertFalse(required(OP, AFTER_2_CALLS, "203.0.113.1", phone));
        assertFalse(required(OP, AFTER_2_CALLS, "203.0.113.2", phone));
        assertTrue(required(OP, AFTER_2_CALLS, "203.0.113.3", phone), "third call for the number");
        assertFalse(required(OP, AFTER_2_CALLS, "203.0.113.4", Optional.empty()));
    }

    @Test
    void aClientOverItsAllowance_createsNoCountForTheKeysItSends() {
        for (int i = 0; i < 2; i++) {
            required(OP, AFTER_2_CALLS, "203.0.113.9", Optional.of("+86" + i));
        }
        for (int i = 2; i < 50; i++) {
            assertTrue(required(OP, AFTER_2_CALLS, "203.0.113.9", Optional.of("+86" + i)));
            assertEquals(0, state.count(state.key(KeyFamily.ADAPTIVE_CALLS, OP, "key", "+86" + i)));
        }
    }

    @Test
    void alwaysMode_alwaysRequires_withoutCounting() {
        assertTrue(required(OP, Triggers.ALWAYS, "192.0.2.1", Optional.empty()));
    }

    @Test
    void callWatch_turnsTheFailureThatReachesTheThreshold_intoCaptchaRequired() {
        CallWatch unchecked = watch(false);
        unchecked.returned(Response.status(401).build());
        watch(false).threw(new NotAuthorizedException("Bearer"));
        CaptchaDeniedException denied = assertThrows(CaptchaDeniedException.class, () -> watch(false)
                .returned(Response.status(403).build()));
        assertTrue(denied.getMessage().contains("Too many failed attempts"));

        // a call whose captcha was checked keeps its own answer; the next call needs a captcha anyway
        watch(true).returned(Response.status(401).build());
        assertTrue(required(OP, AFTER_3_FAILURES, "192.0.2.7", Optional.empty()));
    }

    @Test
    void callWatch_endsOnce_andGivesItsPlacesBack_whateverTheEnd() {
        Admission admission = counters.admit(OP, AFTER_3_FAILURES, "192.0.2.8", Optional.empty(), false);
        CallWatch watch = new CallWatch(
                counters, OP, AFTER_3_FAILURES, "192.0.2.8", Optional.empty(), "image", false, admission.places());
        watch.threw(new IllegalStateException("bug"));
        watch.ended(401);
        assertTrue(admission.places().stream().allMatch(place -> state.count(place) == 0));
        assertEquals(
                0,
                state.count(state.key(KeyFamily.ADAPTIVE_FAILURES, OP, "ip", "192.0.2.8")),
                "a 500 is no failure; once only");
    }

    @Test
    void keyReader_findsAnnotatedParameters_properties_andJsonMembers() throws NoSuchMethodException {
        Method plain = Resource.class.getMethod("plain", String.class);
        assertTrue(KeyReader.of(plain)
                .orElseThrow()
                .read(new Object[] {" Bob "})
                .orElseThrow()
                .equals("bob"));

        Method json = Resource.class.getMethod("json", String.class);
        KeyReader jsonKey = KeyReader.of(json).orElseThrow();
        assertTrue(jsonKey.read(new Object[] {"{\"username\":\"Alice\",\"password\":\"x\"}"})
                .orElseThrow()
                .equals("alice"));
        assertTrue(jsonKey.read(new Object[] {"not json"}).isEmpty());
        assertTrue(jsonKey.read(new Object[] {null}).isEmpty());

        Method body = Resource.class.getMethod("body", int.class, Credentials.class);
        assertTrue(KeyReader.of(body)
                .orElseThrow()
                .read(new Object[] {1, new Credentials("carol", "pw")})
                .orElseThrow()
                .equals("carol"));

        assertTrue(KeyReader.of(Resource.class.getMethod("none", String.class)).isEmpty());
        assertThrows(
                IllegalArgumentException.class,
                () -> KeyReader.of(Resource.class.getMethod("wrong", Credentials.class)));
    }

    private boolean required(String operation, Triggers triggers, String client, Optional<String> key) {
        return counters.admit(operation, triggers, client, key, false).captchaRequired();
    }

    private CallWatch watch(boolean captchaChecked) {
        return new CallWatch(
                counters, OP, AFTER_3_FAILURES, "192.0.2.7", Optional.empty(), "image", captchaChecked, List.of());
    }

    /** Credentials as a JSON-B body. */
    public record Credentials(@CaptchaKey String username, String password) {}

    /** Methods as a resource would declare them. */
    public static class Resource {
        public void plain(@CaptchaKey String username) {}

        public void json(@CaptchaKey("username") String body) {}

        public void body(int attempt, Credentials credentials) {}

        public void none(String body) {}

        public void wrong(@CaptchaKey("login") Credentials credentials) {}
    }
}
