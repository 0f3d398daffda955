package org.captchaee.impl.siteverify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
     */
    @Inject
    public RecaptchaVerifier(SiteverifyConfiguration configuration, SiteverifyClient client) {
        super(SiteverifyDialect.RECAPTCHA, configuration, client);
    }

    /** For the CDI client proxy only. */
    protected RecaptchaVerifier() {}
}
