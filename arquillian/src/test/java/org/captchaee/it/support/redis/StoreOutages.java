package org.captchaee.it.support.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Invocation;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.OneTimeCodeVerifier;
import org.captchaee.it.app.PinVerifier;
import org.captchaee.it.app.PolicyEndpoints;
import org.captchaee.it.app.PolicyResource;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.Http.Answer;
import org.captchaee.it.support.TimeScale;

/**
 * What an application on the Redis store does while Redis is down and once it is back, on the endpoints of
 * {@link PolicyResource} guarded by the {@code code} verifier ({@link OneTimeCodeVerifier}), whose captchas pass once
 * through the store: while Redis is down, the endpoint's outage policy applies (a degraded pass under {@code allow},
 * 503 under {@code deny}); once it is back, calls pass as themselves again, within a bounded wait.
 */
public final class StoreOutages {

    /** The longest wait for an application to use Redis again after it came back. */
    public static final Duration RECOVERY_WITHIN = TimeScale.of(Duration.ofSeconds(60));

    private static final String CODE = "X-Captcha-Code";
    private static final long POLL_MILLIS = 250;

    private StoreOutages() {}

    /**
     * The application these checks call, before its store configuration.
     *
     * @param name the WAR's name
     * @return the builder
     */
    public static Deployments app(String name) {
        return Deployments.war(name)
                .withClasses(PolicyEndpoints.class, PolicyResource.class, OneTimeCodeVerifier.class, PinVerifier.class)
                .withConfig(ConfigKeys.VERIFIER, "code")
                .withConfig(ConfigKeys.OUTAGE_FALLBACK, "pin")
                .withConfig("pin.expected", "1234");
    }

    /**
     * A code the verifier accepts and nobody sent before.
     *
     * @return the code
     */
    public static String freshCode() {
        return "ok-" + UUID.randomUUID();
    }

    /**
     * A call to {@code policy/<policy>} with a code.
     *
     * @param node the application's client
     * @param policy {@code allow}, {@code deny} or {@code fallback}
     * @param code the code
     * @return the request
     */
    public static Invocation.Builder withCode(Http node, String policy, String code) {
        return node.request("policy/" + policy).header(CODE, code);
    }

    /**
     * Asserts that the store's outage is handled by the endpoint's outage policy: a degraded pass under {@code allow},
     * a 503 {@code captcha_unavailable} under {@code deny}.
     *
     * @param node the application's client
     */
    public static void assertOutagePolicyApplies(Http node) {
        Answer allowed = Http.post(withCode(node, "allow", freshCode()));
        assertEquals(200, allowed.status(), "allow, with Redis down: " + allowed.body());
        JsonObject event = lastEvent(node);
        assertTrue(event.getBoolean("degraded"), event.toString());
        assertEquals("store_unavailable", event.getString("reason"));

        Http.post(withCode(node, "deny", freshCode())).assertProblem(503, "captcha_unavailable", 5031, "code");
        assertEquals("store_unavailable", lastEvent(node).getString("reason"));
    }

    /**
     * Waits, polling, until a call under {@code allow} passes without being degraded: the application uses Redis again.
     *
     * @param node the application's client
     */
    public static void awaitRecovery(Http node) {
        long deadline = System.nanoTime() + RECOVERY_WITHIN.toNanos();
        String last;
        do {
            Answer answer = Http.post(withCode(node, "allow", freshCode()));
            if (answer.status() == 200 && !lastEvent(node).getBoolean("degraded")) {
                return;
            }
            last = answer.status() + " " + lastEvent(node);
            pause();
        } while (System.nanoTime() < deadline);
        fail("the application did not use Redis again within " + RECOVERY_WITHIN.toSeconds() + " s; last: " + last);
    }

    private static JsonObject lastEvent(Http node) {
        return node.events().getJsonObject("last");
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Redis", e);
        }
    }
}
