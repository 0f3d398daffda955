package org.captchaee.impl.siteverify;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.provider.AnswerMapping;
import org.captchaee.impl.provider.OutageReading;
import org.captchaee.spi.CaptchaUnavailableException;

/**
 * Maps siteverify answers. An answer is an outage only when every error code in it is one no client can cause: our own
 * secret, site key or request refused ({@code misconfigured}), or {@code internal-error}. Everything a client can
 * provoke with the token it sends is a rejection, and so is every code this class does not know.
 *
 * <p>A success still has to come from one of the configured host names, and a reCAPTCHA v3 answer (one with a score)
 * has to carry the expected action and reach the minimum score. A v2 answer has neither and is not checked for them.
 */
final class SiteverifyResults implements AnswerMapping<SiteverifyAnswer> {

    private static final Set<String> OUR_REQUEST =
            Set.of("missing-input-secret", "invalid-input-secret", "sitekey-secret-mismatch", "bad-request");
    private static final String INTERNAL_ERROR = "internal-error";

    /** The outages alone, for the Fault Tolerance client, which throws them. */
    static final OutageReading<SiteverifyAnswer> OUTAGES = SiteverifyResults::outageOf;

    private final SiteverifySettings settings;
    private final String expectedAction;

    /**
     * Creates the mapping of one call's answer.
     *
     * @param settings the verifier's settings: host names, minimum score
     * @param expectedAction the reCAPTCHA v3 action the call expects; empty for any
     */
    SiteverifyResults(SiteverifySettings settings, String expectedAction) {
        this.settings = settings;
        this.expectedAction = expectedAction;
    }

    @Override
    public Optional<CaptchaUnavailableException> outage(SiteverifyAnswer answer) {
        return outageOf(answer);
    }

    private static Optional<CaptchaUnavailableException> outageOf(SiteverifyAnswer answer) {
        List<String> codes = answer.errorCodes();
        if (answer.success() || codes.isEmpty() || !codes.stream().allMatch(SiteverifyResults::isOutageCode)) {
            return Optional.empty();
        }
        String code = String.join(",", codes);
        return Optional.of(
                codes.stream().anyMatch(OUR_REQUEST::contains)
                        ? new CaptchaUnavailableException(
                                VerdictReason.MISCONFIGURED, code, "the provider refused our request", null)
                        : new CaptchaUnavailableException(
                                VerdictReason.PROVIDER_ERROR, code, "the provider answered an internal error", null));
    }

    @Override
    public Verdict verdict(SiteverifyAnswer answer) {
        if (!answer.success()) {
            return rejection(answer.errorCodes());
        }
        if (!settings.hostnames().isEmpty()
                && !answer.hostname()
                        .map(name -> settings.hostnames().contains(name.toLowerCase(Locale.ROOT)))
                        .orElse(false)) {
            return Verdict.rejected(VerdictReason.MISCONFIGURED, "hostname");
        }
        if (answer.score().isEmpty()) {
            return Verdict.passed("success");
        }
        if (!expectedAction.isEmpty() && !answer.action().orElse("").equals(expectedAction)) {
            return Verdict.rejected(VerdictReason.MISCONFIGURED, "action");
        }
        String score = "score=" + answer.score().getAsDouble();
        return answer.score().getAsDouble() < settings.minScore()
                ? Verdict.rejected(VerdictReason.RISKY, score)
                : Verdict.passed(score);
    }

    private static Verdict rejection(List<String> codes) {
        String code = codes.isEmpty() ? "no-error-codes" : String.join(",", codes);
        return Verdict.rejected(codes.isEmpty() ? VerdictReason.INVALID : reason(codes.get(0)), code);
    }

    private static VerdictReason reason(String code) {
        return switch (code) {
            case "missing-input-response" -> VerdictReason.MISSING;
            case "expired-input-response" -> VerdictReason.EXPIRED;
            case "timeout-or-duplicate", "already-seen-response" -> VerdictReason.REPLAYED;
            default -> VerdictReason.INVALID;
        };
    }

    private static boolean isOutageCode(String code) {
        return OUR_REQUEST.contains(code) || INTERNAL_ERROR.equals(code);
    }
}
