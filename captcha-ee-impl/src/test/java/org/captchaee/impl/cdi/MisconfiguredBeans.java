package org.captchaee.impl.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.RequiresCaptcha;
import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.VerifierName;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.Retry;

/** Application beans that deployments with a configuration problem are made of. */
final class MisconfiguredBeans {

    private MisconfiguredBeans() {}

    /** A method whose annotation names a verifier nobody provides. */
    @ApplicationScoped
    public static class Ghost {
        /**
         * Never runs.
         *
         * @return nothing
         */
        @RequiresCaptcha(verifier = "ghost")
        public String ghost() {
            return "never";
        }
    }

    /** A protected method that Fault Tolerance retries. */
    @ApplicationScoped
    public static class Retried {
        /**
         * A retried call.
         *
         * @return {@code "ran"}
         */
        @RequiresCaptcha
        @Retry(maxRetries = 3, delay = 0)
        public String call() {
            return "ran";
        }
    }

    /** An application's verifier that needs a key of its own, and says so when it is missing. */
    @ApplicationScoped
    @VerifierName("pin")
    public static class PinVerifier implements CaptchaVerifier {

        static final String KEY = "pin.expected";

        @Inject
        Config config;

        @Override
        public Verdict verify(CaptchaSubmission submission) {
            return Verdict.rejected(VerdictReason.INVALID, null);
        }

        @Override
        public void checkConfiguration() {
            if (config.getOptionalValue(KEY, String.class).isEmpty()) {
                throw new CaptchaDefinitionException(KEY + " is not set: set it to the PIN this verifier accepts.");
            }
        }
    }
}
