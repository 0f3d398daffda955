package org.captchaee.impl.siteverify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.spi.VerifierName;

/** The {@code hcaptcha} verifier: hCaptcha, restricted to the configured site key. See {@link SiteverifyVerifier}. */
@ApplicationScoped
@VerifierName(HcaptchaVerifier.NAME)
public class HcaptchaVerifier extends SiteverifyVerifier {

    /** The verifier's name. */
    public static final String NAME = "hcaptcha";

    /**
     * Creates the verifier.
     *
     * @param configuration the settings
     * @param client the guarded calls
     */
    @Inject
    public HcaptchaVerifier(SiteverifyConfiguration configuration, SiteverifyClient client) {
        super(SiteverifyDialect.HCAPTCHA, configuration, client);
    }

    /** For the CDI client proxy only. */
    protected HcaptchaVerifier() {}
}
