package org.captchaee.impl.setup;

import java.util.LinkedHashMap;
import java.util.Map;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.runtime.CaptchaOperation;
import org.captchaee.impl.runtime.CaptchaSettings;
import org.captchaee.impl.runtime.OperationKey;

/**
 * Every verifier name a deployment uses, with the first place it was configured: {@code captcha.verifier},
 * {@code captcha.outage.fallback} (also the stand-in past the allow budget), and the verifier of each protected method
 * (its annotation or override key, adaptive methods included).
 */
public final class VerifierSources {

    private VerifierSources() {}

    /**
     * Collects the names in use.
     *
     * @param settings the application-wide settings
     * @param operations the resolved protected methods
     * @return the source of each name, in the order above
     */
    public static Map<String, String> of(CaptchaSettings settings, Map<OperationKey, CaptchaOperation> operations) {
        Map<String, String> sources = new LinkedHashMap<>();
        settings.defaultVerifier().ifPresent(name -> sources.put(name, ConfigKeys.VERIFIER));
        settings.fallbackVerifier().ifPresent(name -> sources.putIfAbsent(name, ConfigKeys.OUTAGE_FALLBACK));
        operations.forEach((key, operation) -> sources.putIfAbsent(
                operation.verifier(),
                "@RequiresCaptcha(verifier) of " + key.beanClass().getName() + "#"
                        + key.method().getName()));
        return sources;
    }
}
