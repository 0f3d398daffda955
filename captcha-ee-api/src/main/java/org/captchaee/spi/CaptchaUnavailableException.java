package org.captchaee.spi;

import java.util.Objects;
import java.util.Optional;

import org.captchaee.CaptchaException;
import org.captchaee.VerdictReason;

/**
 * Thrown by a {@link CaptchaVerifier} that cannot decide for a reason no client can cause: the provider timed out,
 * answered an error of its own, or refused our credentials. The interceptor turns it into an
 * {@linkplain org.captchaee.Verdict.Outcome#UNAVAILABLE outage} and applies the endpoint's outage policy.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * try {
 *     return client.send(request, BodyHandlers.ofString());
 * } catch (HttpTimeoutException e) {
 *     throw new CaptchaUnavailableException(VerdictReason.TIMEOUT, null, "provider did not answer in 5 s", e);
 * }
 * </pre>
 *
 * @since 0.1
 */
public class CaptchaUnavailableException extends CaptchaException {

    private static final long serialVersionUID = 1L;

    /** Why the verifier is unavailable. */
    private final VerdictReason reason;

    /** The provider's raw code, or null. */
    private final String providerCode;

    /**
     * Creates an exception.
     *
     * @param reason {@link VerdictReason#TIMEOUT}, {@link VerdictReason#PROVIDER_ERROR},
     *     {@link VerdictReason#PROVIDER_BUSY} or {@link VerdictReason#MISCONFIGURED}
     * @param providerCode the provider's raw code, or {@code null}
     * @param message what happened, for the log; never a secret or a token
     * @param cause the underlying failure, or {@code null}
     * @throws IllegalArgumentException if the reason is one a client could provoke
     */
    public CaptchaUnavailableException(VerdictReason reason, String providerCode, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        if (!reason.canExplainOutage()) {
            throw new IllegalArgumentException(reason + " is provoked by clients and cannot explain an outage");
        }
        this.providerCode = providerCode;
    }

    /**
     * Why the verifier is unavailable.
     *
     * @return the reason
     */
    public VerdictReason reason() {
        return reason;
    }

    /**
     * The provider's raw code.
     *
     * @return the code, if any
     */
    public Optional<String> providerCode() {
        return Optional.ofNullable(providerCode);
    }
}
