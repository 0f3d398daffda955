package org.captchaee;

import java.util.Objects;
import java.util.Optional;

/**
 * The immutable result of checking one captcha: an {@link Outcome}, a {@link VerdictReason}, the provider's raw code
 * when there is one, and whether a pass was granted by an outage policy rather than by a solved captcha.
 *
 * <p>Verdicts are made with the factory methods, which refuse combinations that break the library's security rule: a
 * reason that a client can provoke ({@link VerdictReason#INVALID}, {@link VerdictReason#REPLAYED}, ...) can never
 * explain an outage.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * public Verdict verify(CaptchaSubmission submission) {
 *     ProviderAnswer answer = client.check(submission.header("X-Captcha-Token").orElseThrow());
 *     return switch (answer.code()) {
 *         case "ok" -&gt; Verdict.passed("ok");
 *         case "busy" -&gt; Verdict.unavailable(VerdictReason.PROVIDER_BUSY, "busy");
 *         default -&gt; Verdict.rejected(VerdictReason.INVALID, answer.code());
 *     };
 * }
 * </pre>
 *
 * @since 0.1
 * @see org.captchaee.spi.CaptchaVerifier
 */
public final class Verdict {

    /** What a verifier concluded. */
    public enum Outcome {
        /** The captcha was accepted (or, when {@link Verdict#degraded()}, an outage policy let the call pass). */
        PASSED,
        /** The captcha was refused: missing, malformed, wrong, expired, replayed or risky. */
        REJECTED,
        /** The verifier could not decide for a reason no client can cause: the provider is down or refused us. */
        UNAVAILABLE
    }

    private final Outcome outcome;
    private final VerdictReason reason;
    private final String providerCode;
    private final boolean degraded;

    private Verdict(Outcome outcome, VerdictReason reason, String providerCode, boolean degraded) {
        this.outcome = outcome;
        this.reason = reason;
        this.providerCode = providerCode;
        this.degraded = degraded;
    }

    /**
     * A pass: the captcha was solved.
     *
     * @param providerCode the provider's raw result code, or {@code null}
     * @return the verdict
     */
    public static Verdict passed(String providerCode) {
        return new Verdict(Outcome.PASSED, VerdictReason.VERIFIED, providerCode, false);
    }

    /**
     * A rejection.
     *
     * @param reason why; any reason but {@link VerdictReason#VERIFIED} and the pure outage reasons
     * @param providerCode the provider's raw result code, or {@code null}
     * @return the verdict
     * @throws IllegalArgumentException if the reason cannot explain a rejection
     */
    public static Verdict rejected(VerdictReason reason, String providerCode) {
        Objects.requireNonNull(reason, "reason");
        if (!reason.canExplainRejection()) {
            throw new IllegalArgumentException(reason + " cannot explain a rejection");
        }
        return new Verdict(Outcome.REJECTED, reason, providerCode, false);
    }

    /**
     * An outage: the verifier could not decide, for a reason that no client can cause.
     *
     * @param reason {@link VerdictReason#TIMEOUT}, {@link VerdictReason#PROVIDER_ERROR},
     *     {@link VerdictReason#PROVIDER_BUSY} or {@link VerdictReason#MISCONFIGURED}
     * @param providerCode the provider's raw result or error code, or {@code null}
     * @return the verdict
     * @throws IllegalArgumentException if the reason is one a client could provoke
     */
    public static Verdict unavailable(VerdictReason reason, String providerCode) {
        Objects.requireNonNull(reason, "reason");
        if (!reason.canExplainOutage()) {
            throw new IllegalArgumentException(reason + " is provoked by clients and cannot explain an outage");
        }
        return new Verdict(Outcome.UNAVAILABLE, reason, providerCode, false);
    }

    /**
     * The pass that an outage policy grants in place of this outage: outcome {@link Outcome#PASSED}, the outage's
     * reason and provider code kept, and {@link #degraded()} set.
     *
     * @return the degraded pass
     * @throws IllegalStateException if this verdict is not an outage
     */
    public Verdict toDegradedPass() {
        if (outcome != Outcome.UNAVAILABLE) {
            throw new IllegalStateException("only an outage can turn into a degraded pass, not " + this);
        }
        return new Verdict(Outcome.PASSED, reason, providerCode, true);
    }

    /**
     * What the verifier concluded.
     *
     * @return the outcome, never {@code null}
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Why.
     *
     * @return the reason, never {@code null}
     */
    public VerdictReason reason() {
        return reason;
    }

    /**
     * The provider's own code for this result (for example Tencent's {@code CaptchaCode} or an error code), for logs
     * and audits.
     *
     * @return the raw code, if the provider gave one
     */
    public Optional<String> providerCode() {
        return Optional.ofNullable(providerCode);
    }

    /**
     * Whether this pass was granted by an outage policy rather than by a solved captcha.
     *
     * @return {@code true} for a degraded pass
     */
    public boolean degraded() {
        return degraded;
    }

    /**
     * Whether the call may run.
     *
     * @return {@code true} if the outcome is {@link Outcome#PASSED}
     */
    public boolean isPassed() {
        return outcome == Outcome.PASSED;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Verdict that
                && outcome == that.outcome
                && reason == that.reason
                && degraded == that.degraded
                && Objects.equals(providerCode, that.providerCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, reason, providerCode, degraded);
    }

    @Override
    public String toString() {
        return "Verdict[" + outcome + ", " + reason.code() + (providerCode == null ? "" : ", code=" + providerCode)
                + (degraded ? ", degraded" : "") + "]";
    }
}
