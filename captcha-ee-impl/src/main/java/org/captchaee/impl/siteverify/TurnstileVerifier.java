package org.captchaee.impl.siteverify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.impl.provider.FaultToleranceStatus;
import org.captchaee.spi.VerifierName;

/** The {@code turnstile} verifier: Cloudflare Turnstile, retried safely with an idempotency key. See {@link SiteverifyVerifier}. */
@ApplicationScoped
@VerifierName(TurnstileVerifier.NAME)
public class TurnstileVerifier extends SiteverifyVerifier {

    /** The verifier's name. */
    public static final String NAME = "turnstile";

    /**
     * Creates the verifier.
     *
     * @param configuration the settings
     * @param client the guarded calls
     * @param faultTolerance whether Fault Tolerance guards the calls
     */
    @Inject
    public TurnstileVerifier(
            SiteverifyConfiguration configuration, SiteverifyClient client, FaultToleranceStatus faultTolerance) {
        super(SiteverifyDialect.TURNSTILE, configuration, client, faultTolerance);
    }

    /** For the CDI client proxy only. */
    protected TurnstileVerifier() {}
}
