package org.captchaee.impl.siteverify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.impl.provider.FaultToleranceStatus;
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
     * @param faultTolerance whether Fault Tolerance guards the calls
     */
    @Inject
    public HcaptchaVerifier(
            SiteverifyConfiguration configuration, SiteverifyClient client, FaultToleranceStatus faultTolerance) {
        super(SiteverifyDialect.HCAPTCHA, configuration, client, faultTolerance);
    }

    /** For the CDI client proxy only. */
    protected HcaptchaVerifier() {}
}
