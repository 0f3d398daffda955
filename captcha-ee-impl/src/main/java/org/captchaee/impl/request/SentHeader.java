package org.captchaee.impl.request;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.spi.CaptchaSubmission;

/**
 * The first check of every verifier, on the header that carries its captcha: without the header the call needs a
 * captcha ({@link VerdictReason#MISSING}), with a value of the wrong shape it is malformed
 * ({@link VerdictReason#MALFORMED}), and in neither case is anyone asked.
 */
public final class SentHeader {

    /** The header most verifiers read their captcha from. */
    public static final String TOKEN = "X-Captcha-Token";

    private SentHeader() {}

    /**
     * Judges a captcha carried by one header.
     *
     * @param submission the captcha headers of the call
     * @param header the header's name
     * @param wellFormed whether a value has the shape the verifier accepts
     * @param judge the verdict on a well-formed value
     * @return the verdict
     */
    public static Verdict judge(
            CaptchaSubmission submission,
            String header,
            Predicate<String> wellFormed,
            Function<String, Verdict> judge) {
        Optional<String> value = submission.header(header);
        if (value.isEmpty()) {
            return Verdict.rejected(VerdictReason.MISSING, null);
        }
        if (!wellFormed.test(value.get())) {
            return Verdict.rejected(VerdictReason.MALFORMED, null);
        }
        return judge.apply(value.get());
    }
}
