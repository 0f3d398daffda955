package org.captchaee.spi;

import java.time.Duration;
import java.util.Set;

import org.captchaee.Verdict;

/**
 * Checks the captcha of one request. Each verifier is a CDI bean with a {@link VerifierName} qualifier; the interceptor of
 * {@link org.captchaee.RequiresCaptcha} picks one by name (from the annotation, else from {@code captcha.verifier}).
 *
 * <p>Contract:
 * <ul>
 * <li>Return {@link Verdict#passed(String)} only for a captcha that was really solved.</li>
 * <li>Return {@link Verdict#rejected} for everything a client can provoke by choosing what it sends: a missing, malformed,
 * wrong, expired, replayed or risky captcha, or one made for another site. Such outcomes must never be reported as an
 * outage, or a client could choose to skip the captcha.</li>
 * <li>Report an outage, a failure no client can cause (a timeout, a provider error, our own credentials refused), by
 * returning {@link Verdict#unavailable} or throwing {@link CaptchaUnavailableException}. The endpoint's outage policy
 * then decides.</li>
 * <li>Any other exception is a bug: the captcha is rejected with reason
 * {@link org.captchaee.VerdictReason#VERIFIER_FAILED} and the failure is logged.</li>
 * </ul>
 *
 * <p>Every captcha is good for one call. After a pass, the library's replay guard remembers a fingerprint (a hash, never
 * the token) of the captcha headers this verifier reads, for {@link #replayWindow()}, and rejects a second use with
 * {@link org.captchaee.VerdictReason#REPLAYED}, whatever the provider would say. Headers the verifier does not read never
 * make a captcha new: the headers it reads are the ones it declares in {@link #headers()}, else the ones it looked up
 * with {@link CaptchaSubmission#header(String)} while deciding. A request that carries {@code X-Captcha-*} headers that
 * neither the endpoint's verifier nor its fallback reads is refused as {@code captcha_malformed}.
 *
 * <p>Verifiers are called concurrently; make them thread-safe (typically {@code @ApplicationScoped}). To replace a
 * built-in verifier, write a bean with the same {@link VerifierName} and annotate it
 * {@code @Alternative @Priority(Interceptor.Priority.APPLICATION)}.
 *
 * <h2>Usage</h2>
 *
 * <pre>
 * &#64;ApplicationScoped
 * &#64;VerifierName("pin")
 * public class PinVerifier implements CaptchaVerifier {
 *
 *     &#64;Override
 *     public Verdict verify(CaptchaSubmission submission) {
 *         return submission.header("X-Captcha-Pin")
 *                 .map(pin -&gt; pin.equals("1234") ? Verdict.passed(null) : Verdict.rejected(VerdictReason.INVALID, null))
 *                 .orElse(Verdict.rejected(VerdictReason.MISSING, null));
 *     }
 * }
 * </pre>
 *
 * @since 0.1
 * @see VerifierName
 */
public interface CaptchaVerifier {

    /**
     * Checks the captcha carried by one request.
     *
     * @param submission the captcha headers and context of the request
     * @return the verdict, never {@code null}
     * @throws CaptchaUnavailableException when the verifier cannot decide for a reason no client can cause
     */
    Verdict verify(CaptchaSubmission submission);

    /**
     * Checks this verifier's configuration. Called once at deployment for every verifier that some protected method
     * uses (directly or as the outage fallback); an exception fails the deployment. The default accepts any
     * configuration.
     *
     * @throws org.captchaee.CaptchaDefinitionException naming the key, the bad value and the fix, when the
     *     configuration is unusable
     */
    default void checkConfiguration() {
        // nothing to check
    }

    /**
     * How long the replay guard remembers a captcha that passed: at least as long as the provider could still accept
     * it. {@link Duration#ZERO} turns the guard off, for verifiers whose tokens are meant to be reused (the {@code test}
     * verifier). The default, ten minutes, covers the tokens of every supported cloud provider.
     *
     * @return the window, zero or positive
     */
    default Duration replayWindow() {
        return Duration.ofMinutes(10);
    }

    /**
     * The captcha headers this verifier reads, for example {@code X-Captcha-Token}; names are compared without regard to
     * case. They make a captcha's identity for the replay guard, and a request carrying any other {@code X-Captcha-*}
     * header is refused as {@code captcha_malformed} (unless the endpoint's fallback verifier reads it).
     *
     * <p>The default, an empty set, declares nothing: the library then records which headers {@link #verify} looked up
     * with {@link CaptchaSubmission#header(String)}. A verifier that reads {@link CaptchaSubmission#headers()} as a whole
     * should declare its headers, since otherwise every header sent counts as read, and a client could make one solved
     * captcha look new by adding a header.
     *
     * @return the header names, or an empty set to let the library record them
     */
    default Set<String> headers() {
        return Set.of();
    }
}
