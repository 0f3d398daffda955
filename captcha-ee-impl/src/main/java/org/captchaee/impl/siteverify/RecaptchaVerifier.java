package org.captchaee.impl.siteverify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.impl.provider.FaultToleranceStatus;
import org.captchaee.spi.VerifierName;

/** The {@code recaptcha} verifier: Google reCAPTCHA v2 (checkbox, invisible) and v3 (score and action). See {@link SiteverifyVerifier}. */
@ApplicationScoped
@VerifierName(RecaptchaVerifier.NAME)
public class RecaptchaVerifier extends SiteverifyVerifier {

    /** The verifier's name. */
    public static final String NAME = "recaptcha";

    /**
     * Creates the verifier.
     *
     * @param configuration the settings
     * @param client the guarded calls
     * @param faultTolerance whether Fault Tolerance guards the calls
     */
    @Inject
    public RecaptchaVerifier(
            SiteverifyConfiguration configuration, SiteverifyClient client, FaultToleranceStatus faultTolerance) {
        super(SiteverifyDialect.RECAPTCHA, configuration, client, faultTolerance);
    }

    /** For the CDI client proxy only. */
    protected RecaptchaVerifier() {}
}
