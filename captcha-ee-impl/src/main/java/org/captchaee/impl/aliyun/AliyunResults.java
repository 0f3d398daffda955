package org.captchaee.impl.aliyun;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.provider.AnswerMapping;
import org.captchaee.spi.CaptchaUnavailableException;

/**
 * Maps Alibaba Cloud's answers, of Captcha 2.0 and 1.0. Outages are only what no client can cause: HTTP 5xx, internal
 * errors, throttling, and the gateway refusing our own credentials, signature or clock. Everything a client can provoke
 * with what it sends is a rejection, including gateway errors about parameters and codes this class does not know: a
 * client can tamper with the scene inside its CaptchaVerifyParam, so even the scene errors reject.
 */
final class AliyunResults implements AnswerMapping<AliyunAnswer> {

    /** The mapping. */
    static final AliyunResults ANSWERS = new AliyunResults();

    /** The 1.0 Code of a failed verification. */
    static final String SIG_FAILED = "900";

    private static final Set<String> PROVIDER_ERRORS = Set.of("InternalError", "ServiceUnavailable", "500");
    private static final Set<String> OUR_INTEGRATION = Set.of(
            "SignatureDoesNotMatch",
            "IncompleteSignature",
            "SignatureNonceUsed",
            "MissingAccessKeyId",
            "InvalidApi.NotFound",
            "InvalidAction.NotFound",
            "InvalidVersion",
            "UnsupportedHTTPMethod");
    private static final Map<String, VerdictReason> VERIFY_CODES = Map.ofEntries(
            Map.entry("F001", VerdictReason.RISKY),
            Map.entry("F002", VerdictReason.MALFORMED),
            Map.entry("F003", VerdictReason.MALFORMED),
            Map.entry("F004", VerdictReason.MISCONFIGURED),
            Map.entry("F005", VerdictReason.MISCONFIGURED),
            Map.entry("F006", VerdictReason.MISCONFIGURED),
            Map.entry("F007", VerdictReason.EXPIRED),
            Map.entry("F008", VerdictReason.REPLAYED),
            Map.entry("F009", VerdictReason.RISKY),
            Map.entry("F010", VerdictReason.RISKY),
            Map.entry("F011", VerdictReason.RISKY),
            Map.entry("F012", VerdictReason.MISCONFIGURED),
            Map.entry("F013", VerdictReason.MALFORMED),
            Map.entry("F014", VerdictReason.EXPIRED),
            Map.entry("F017", VerdictReason.RISKY),
            Map.entry("F018", VerdictReason.REPLAYED),
            Map.entry("F019", VerdictReason.EXPIRED),
            Map.entry("F020", VerdictReason.MISCONFIGURED),
            Map.entry("F023", VerdictReason.DISASTER_TICKET),
            Map.entry("F024", VerdictReason.RISKY));

    private AliyunResults() {}

    /**
     * The outage an answer means, if it means one.
     *
     * @param answer the answer
     * @return the outage to report
     */
    @Override
    public Optional<CaptchaUnavailableException> outage(AliyunAnswer answer) {
        if (answer.errorCode() == null) {
            return PROVIDER_ERRORS.contains(answer.resultCode())
                    ? Optional.of(unavailable(VerdictReason.PROVIDER_ERROR, answer.resultCode(), "an internal error"))
                    : Optional.empty();
        }
        String code = answer.errorCode();
        if (code.startsWith("Throttling")) {
            return Optional.of(unavailable(VerdictReason.PROVIDER_BUSY, code, "throttled the call"));
        }
        if (answer.httpStatus() >= 500 || PROVIDER_ERRORS.contains(code)) {
            return Optional.of(unavailable(VerdictReason.PROVIDER_ERROR, code, "an internal error"));
        }
        if (code.startsWith("InvalidAccessKeyId")
                || code.startsWith("InvalidSecurityToken")
                || code.startsWith("InvalidTimeStamp")
                || code.startsWith("Forbidden")
                || OUR_INTEGRATION.contains(code)) {
            return Optional.of(unavailable(VerdictReason.MISCONFIGURED, code, "refused our credentials"));
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
    public Verdict verdict(AliyunAnswer answer) {
        if (answer.errorCode() != null) {
            // MissingParameter, InvalidParameter and whatever else a client's parameter can cause
            return Verdict.rejected(VerdictReason.MALFORMED, answer.errorCode());
        }
        String code = answer.resultCode();
        if (answer.passed()) {
            // a passing answer must say so twice: VerifyResult true with a T code, or 1.0 Code 100
            return code.startsWith("T") || code.equals("100")
                    ? Verdict.passed(code)
                    : Verdict.rejected(VerdictReason.INVALID, code);
        }
        if (code.startsWith("F")) {
            return Verdict.rejected(VERIFY_CODES.getOrDefault(code, VerdictReason.INVALID), code);
        }
        return Verdict.rejected(sigFailure(code, answer.message()), code);
    }

    /** A 1.0 failure: 900 tells replay and expiry apart only by its message; 400 is a bad parameter. */
    private static VerdictReason sigFailure(String code, String message) {
        if (code.equals("400")) {
            return VerdictReason.MALFORMED;
        }
        String text = message.toLowerCase(Locale.ROOT);
        if (code.equals(SIG_FAILED) && text.contains("play back")) {
            return VerdictReason.REPLAYED;
        }
        if (code.equals(SIG_FAILED) && text.contains("timeout")) {
            return VerdictReason.EXPIRED;
        }
        return VerdictReason.INVALID;
    }

    private static CaptchaUnavailableException unavailable(VerdictReason reason, String code, String what) {
        return new CaptchaUnavailableException(reason, code, "Alibaba Cloud answered " + what, null);
    }
}
