package org.captchaee.impl.cdi;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.VerifierName;

/**
 * A verifier an application could write: it accepts every ticket that starts with {@code ok-}, says the provider is
 * down for {@code down}, and leaves one-time use to the library (the default replay window).
 */
@ApplicationScoped
@VerifierName(TicketVerifier.NAME)
public class TicketVerifier implements CaptchaVerifier {

    /** The verifier's name. */
    public static final String NAME = "ticket";

    /** The header it reads. */
    public static final String HEADER = "X-Captcha-Token";

    @Override
    public Verdict verify(CaptchaSubmission submission) {
        return submission
                .header(HEADER)
                .map(ticket -> ticket.equals("down")
                        ? Verdict.unavailable(VerdictReason.PROVIDER_ERROR, "down")
                        : ticket.startsWith("ok-")
                                ? Verdict.passed(null)
                                : Verdict.rejected(VerdictReason.INVALID, null))
                .orElseGet(() -> Verdict.rejected(VerdictReason.MISSING, null));
    }

    @Override
    public Set<String> headers() {
        return Set.of(HEADER);
    }
}
