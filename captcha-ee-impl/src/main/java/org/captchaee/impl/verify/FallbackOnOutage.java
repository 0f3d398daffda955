package org.captchaee.impl.verify;

import java.util.Optional;

import org.captchaee.Verdict;
import org.captchaee.impl.runtime.CaptchaOperation;
import org.captchaee.impl.state.OutageLedger;
import org.captchaee.spi.CaptchaSubmission;

/**
 * The outage policy {@code fallback}: while the verifier is unavailable, or after a client sent a disaster ticket (it
 * could not reach the provider), the fallback captcha decides; so it does when this server is too busy to verify.
 */
final class FallbackOnOutage implements OutageHandling {

    private final OutageLedger outages;
    private final FallbackCaptcha fallback;

    FallbackOnOutage(OutageLedger outages, FallbackCaptcha fallback) {
        this.outages = outages;
        this.fallback = fallback;
    }

    @Override
    public Optional<String> standIn(CaptchaOperation operation, String client) {
        return operation.fallbackVerifier().filter(name -> outages.downFor(operation.verifier(), client));
    }

    @Override
    public Decision onOutage(CaptchaOperation operation, CaptchaSubmission submission, String client, Verdict outage) {
        return fallback.decide(operation.fallbackVerifier().orElseThrow(), submission);
    }

    @Override
    public Decision onOwnOverload(CaptchaOperation operation, CaptchaSubmission submission, Verdict rejection) {
        return fallback.decide(operation.fallbackVerifier().orElseThrow(), submission);
    }

    @Override
    public Optional<Decision> onDisasterTicket(
            CaptchaOperation operation, CaptchaSubmission submission, String client) {
        outages.unreachableFrom(operation.verifier(), client);
        return Optional.of(fallback.decide(operation.fallbackVerifier().orElseThrow(), submission));
    }
}
