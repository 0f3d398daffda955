package org.captchaee.impl.tencent;

import java.util.Optional;
import java.util.Set;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.provider.AnswerMapping;
import org.captchaee.spi.CaptchaUnavailableException;

/**
 * Maps Tencent's answers. Outages are only what no client can cause: provider errors, "system busy", and errors about our
 * own credentials or account. Everything a client can provoke with the ticket it sends is a rejection, including API
 * errors about parameters and codes this class does not know.
 */
final class TencentResults implements AnswerMapping<TencentAnswer> {

    /** The mapping. */
    static final TencentResults ANSWERS = new TencentResults();

    private static final Set<String> PROVIDER_ERRORS = Set.of(
            "InternalError",
            "ServiceUnavailable",
            "FailedOperation",
            "ResourceUnavailable",
            "ResourceInsufficient",
            "ResponseSizeLimitExceeded");
    private static final Set<String> OUR_INTEGRATION = Set.of(
            "InvalidAction",
            "NoSuchVersion",
            "NoSuchProduct",
            "ActionOffline",
            "IpInBlacklist",
            "IpNotInWhitelist",
            "UnsupportedRegion",
            "UnsupportedProtocol",
            "UnauthorizedOperation",
            "LimitExceeded",
            "InvalidRequest");
    private static final Set<String> CLIENT_PARAMETERS =
            Set.of("InvalidParameter", "InvalidParameterValue", "MissingParameter", "UnknownParameter");
    private static final int BUSY = 26;

    private TencentResults() {}

    /**
     * The outage an answer means, if it means one.
     *
     * @param answer the answer
     * @return the outage to report
     */
    @Override
    public Optional<CaptchaUnavailableException> outage(TencentAnswer answer) {
        if (answer.captchaCode() != null) {
            return answer.captchaCode() == BUSY
                    ? Optional.of(unavailable(VerdictReason.PROVIDER_BUSY, "26", "Tencent answered system busy"))
                    : Optional.empty();
        }
        String code = answer.errorCode();
        if (code.startsWith("RequestLimitExceeded")) {
            return Optional.of(unavailable(VerdictReason.PROVIDER_BUSY, code, "Tencent throttled the call"));
        }
        if (PROVIDER_ERRORS.contains(code)) {
            return Optional.of(unavailable(VerdictReason.PROVIDER_ERROR, code, "Tencent answered an internal error"));
        }
        if (code.startsWith("AuthFailure")
                || code.startsWith("UnauthorizedOperation")
                || OUR_INTEGRATION.contains(code)) {
            return Optional.of(unavailable(VerdictReason.MISCONFIGURED, code, "Tencent refused our credentials"));
        }
        return Optional.empty();
    }

    /**
     * The verdict of an answer that is not an outage.
     *
     * @param answer the answer
     * @return the verdict
     */
    @Override
    public Verdict verdict(TencentAnswer answer) {
        if (answer.captchaCode() == null) {
            String code = answer.errorCode();
            return Verdict.rejected(
                    CLIENT_PARAMETERS.stream().anyMatch(code::startsWith)
                            ? VerdictReason.MALFORMED
                            : VerdictReason.INVALID,
                    code);
        }
        int code = answer.captchaCode();
        String raw = Integer.toString(code);
        return switch (code) {
            case 1 -> Integer.valueOf(100).equals(answer.evilLevel())
                    ? Verdict.rejected(VerdictReason.RISKY, "1/EvilLevel=100")
                    : Verdict.passed(raw);
            case 8 -> Verdict.rejected(VerdictReason.EXPIRED, raw);
            case 9, 104 -> Verdict.rejected(VerdictReason.REPLAYED, raw);
            case 21, 25 -> Verdict.rejected(VerdictReason.RISKY, raw);
            case 16, 100 -> Verdict.rejected(VerdictReason.MISCONFIGURED, raw);
            default -> Verdict.rejected(VerdictReason.INVALID, raw);
        };
    }

    private static CaptchaUnavailableException unavailable(VerdictReason reason, String code, String message) {
        return new CaptchaUnavailableException(reason, code, message, null);
    }
}
