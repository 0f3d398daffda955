package org.captchaee.impl.adaptive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaKey;
import org.captchaee.impl.config.Triggers;
import org.captchaee.impl.state.InMemoryStateStore;
import org.junit.jupiter.api.Test;

class AdaptiveCountersTest {

    private static final String OP = "com.example.Login#login";
    private static final Triggers AFTER_3_FAILURES = new Triggers(3, Duration.ofMinutes(15), 0, Duration.ofHours(1));
    private static final Triggers AFTER_2_CALLS = new Triggers(0, Duration.ofMinutes(15), 2, Duration.ofHours(1));

    private final AtomicLong millis = new AtomicLong(1);
    private final AdaptiveCounters counters = new AdaptiveCounters(new InMemoryStateStore(1_000, millis::get));

    @Test
    void failures_reachTheThreshold_perIp_andASuccessResetsThem() {
        Optional<String> none = Optional.empty();
        assertFalse(counters.captchaRequired(OP, AFTER_3_FAILURES, "192.0.2.1", none));
        assertFalse(counters.failed(OP, AFTER_3_FAILURES, "192.0.2.1", none));
        assertFalse(counters.failed(OP, AFTER_3_FAILURES, "192.0.2.1", none));
        assertTrue(counters.failed(OP, AFTER_3_FAILURES, "192.0.2.1", none), "the third failure reaches 3");
        assertTrue(counters.captchaRequired(OP, AFTER_3_FAILURES, "192.0.2.1", none));
        assertFalse(counters.captchaRequired(OP, AFTER_3_FAILURES, "192.0.2.2", none), "another IP");
        assertFalse(counters.captchaRequired("com.example.Other#m", AFTER_3_FAILURES, "192.0.2.1", none));

        counters.succeeded(OP, "192.0.2.1", none);
        assertFalse(counters.captchaRequired(OP, AFTER_3_FAILURES, "192.0.2.1", none));
    }

    @Test
    void failuresOfOneKey_countAcrossIps() {
        Optional<String> bob = Optional.of("bob");
        counters.failed(OP, AFTER_3_FAILURES, "198.51.100.1", bob);
        counters.failed(OP, AFTER_3_FAILURES, "198.51.100.2", bob);
        assertTrue(counters.failed(OP, AFTER_3_FAILURES, "198.51.100.3", bob));
        assertTrue(counters.captchaRequired(OP, AFTER_3_FAILURES, "198.51.100.4", bob), "a fresh IP, same account");
        assertFalse(counters.captchaRequired(OP, AFTER_3_FAILURES, "198.51.100.4", Optional.of("alice")));
    }

    @Test
    void theFailureWindowEnds() {
        for (int i = 0; i < 3; i++) {
            counters.failed(OP, AFTER_3_FAILURES, "192.0.2.9", Optional.empty());
        }
        millis.addAndGet(Duration.ofMinutes(15).toMillis());
        assertFalse(counters.captchaRequired(OP, AFTER_3_FAILURES, "192.0.2.9", Optional.empty()));
    }

    @Test
    void calls_passUpToTheAllowance_perIpAndPerKey() {
        Optional<String> phone = Optional.of("+8613800138000");
        assertFalse(counters.captchaRequired(OP, AFTER_2_CALLS, "203.0.113.1", phone));
        assertFalse(counters.captchaRequired(OP, AFTER_2_CALLS, "203.0.113.2", phone));
        assertTrue(counters.captchaRequired(OP, AFTER_2_CALLS, "203.0.113.3", phone), "third call for the number");
        assertFalse(counters.captchaRequired(OP, AFTER_2_CALLS, "203.0.113.4", Optional.empty()));
    }

    @Test
    void alwaysMode_alwaysRequires_withoutCounting() {
        assertTrue(counters.captchaRequired(OP, Triggers.ALWAYS, "192.0.2.1", Optional.empty()));
    }

    @Test
    void callWatch_turnsTheFailureThatReachesTheThreshold_intoCaptchaRequired() {
        CallWatch unchecked = watch(false);
        unchecked.returned(Response.status(401).build());
        unchecked.threw(new NotAuthorizedException("Bearer"));
        CaptchaDeniedException denied = assertThrows(
                CaptchaDeniedException.class,
                () -> unchecked.returned(Response.status(403).build()));
        assertTrue(denied.getMessage().contains("Too many failed attempts"));

        // a call whose captcha was checked keeps its own answer; the next call needs a captcha anyway
        watch(true).returned(Response.status(401).build());
        assertTrue(counters.captchaRequired(OP, AFTER_3_FAILURES, "192.0.2.7", Optional.empty()));

        watch(true).returned("ok");
        assertFalse(counters.captchaRequired(OP, AFTER_3_FAILURES, "192.0.2.7", Optional.empty()), "reset");
        watch(false).returned(Response.status(400).build());
        watch(false).threw(new IllegalStateException("bug"));
        assertFalse(counters.captchaRequired(OP, AFTER_3_FAILURES, "192.0.2.7", Optional.empty()), "not failures");
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

    private CallWatch watch(boolean captchaChecked) {
        return new CallWatch(counters, OP, AFTER_3_FAILURES, "192.0.2.7", Optional.empty(), "image", captchaChecked);
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
