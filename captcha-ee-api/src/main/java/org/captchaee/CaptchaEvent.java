package org.captchaee;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A CDI event fired once for every call to a method protected by {@link RequiresCaptcha}, after the captcha was checked
 * and before the method runs (or is refused), so that applications can audit and count.
 *
 * <p>The event carries no captcha token and no secret. Observers run synchronously in the request's thread; keep them
 * short, or hand the work to an asynchronous observer with {@code @ObservesAsync} in your own code.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * &#64;ApplicationScoped
 * public class CaptchaAudit {
 *     void record(&#64;Observes CaptchaEvent event) {
 *         if (event.degraded()) {
 *             LOG.warning("captcha skipped during an outage for " + event.clientIp());
 *         }
 *     }
 * }
 * </pre>
 *
 * @since 0.1
 * @see Verdict
 */
public final class CaptchaEvent {

    private final String verifier;
    private final String scene;
    private final Verdict verdict;
    private final Duration latency;
    private final String clientIp;
    private final Method resourceMethod;
    private final Instant timestamp;

    /**
     * Creates an event.
     *
     * @param verifier the name of the verifier whose verdict decided the call
     * @param scene the scene of the call, empty for none
     * @param verdict the final verdict; a degraded pass when an outage policy let the call run
     * @param latency the time spent checking the captcha
     * @param clientIp the resolved client IP address
     * @param resourceMethod the protected method
     * @param timestamp when the check ended
     */
    public CaptchaEvent(
            String verifier,
            String scene,
            Verdict verdict,
            Duration latency,
            String clientIp,
            Method resourceMethod,
            Instant timestamp) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.scene = Objects.requireNonNull(scene, "scene");
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.latency = Objects.requireNonNull(latency, "latency");
        this.clientIp = Objects.requireNonNull(clientIp, "clientIp");
        this.resourceMethod = Objects.requireNonNull(resourceMethod, "resourceMethod");
        this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
    }

    /**
     * The name of the verifier whose verdict decided the call: the endpoint's verifier, or the fallback verifier when
     * the outage policy {@link OutagePolicy#FALLBACK} applied.
     *
     * @return the verifier name
     */
    public String verifier() {
        return verifier;
    }

    /**
     * The scene of the protected method.
     *
     * @return the scene, empty for none
     */
    public String scene() {
        return scene;
    }

    /**
     * The final verdict.
     *
     * @return the verdict
     */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * Shortcut for {@code verdict().outcome()}.
     *
     * @return the outcome
     */
    public Verdict.Outcome outcome() {
        return verdict.outcome();
    }

    /**
     * Shortcut for {@code verdict().reason()}.
     *
     * @return the reason
     */
    public VerdictReason reason() {
        return verdict.reason();
    }

    /**
     * Shortcut for {@code verdict().providerCode()}.
     *
     * @return the provider's raw code, if any
     */
    public Optional<String> providerCode() {
        return verdict.providerCode();
    }

    /**
     * Shortcut for {@code verdict().degraded()}: whether an outage policy let the call run without a solved captcha.
     *
     * @return {@code true} for a degraded pass
     */
    public boolean degraded() {
        return verdict.degraded();
    }

    /**
     * The time spent checking the captcha, provider round trips included.
     *
     * @return the latency
     */
    public Duration latency() {
        return latency;
    }

    /**
     * The client IP address: the connection's peer, or the address reported by a trusted proxy.
     *
     * @return the address in textual form
     */
    public String clientIp() {
        return clientIp;
    }

    /**
     * The protected method.
     *
     * @return the method
     */
    public Method resourceMethod() {
        return resourceMethod;
    }

    /**
     * When the check ended.
     *
     * @return the instant
     */
    public Instant timestamp() {
        return timestamp;
    }

    @Override
    public String toString() {
        return "CaptchaEvent[verifier=" + verifier + ", scene=" + scene + ", " + verdict + ", latency="
                + latency.toMillis() + "ms, clientIp=" + clientIp + "]";
    }
}
