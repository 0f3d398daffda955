package org.captchaee.it.support;

import java.util.Locale;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.siteverify.stub.PublishedTestKeys;
import org.captchaee.impl.siteverify.stub.SiteverifyStub;
import org.captchaee.impl.siteverify.stub.SiteverifyStub.Dialect;
import org.captchaee.it.app.HcaptchaResource;
import org.captchaee.it.app.PinVerifier;
import org.captchaee.it.app.PolicyEndpoints;
import org.captchaee.it.app.RecaptchaResource;
import org.captchaee.it.app.TurnstileResource;

/**
 * WARs with the endpoints of the three siteverify verifiers ({@code api/recaptcha/...}, {@code api/hcaptcha/...},
 * {@code api/turnstile/...}), all pointed at one stub, with {@code pin} as the outage fallback.
 */
public final class SiteverifyDeployments {

    /** The Fault Tolerance key prefix of the siteverify calls; add the verifier name and {@code /}. */
    public static final String FT = "org.captchaee.impl.siteverify.SiteverifyClient/";

    private SiteverifyDeployments() {}

    /**
     * A WAR using the stub's own keys, accepting captchas solved on {@link SiteverifyStub#HOSTNAME} only.
     *
     * @param name the WAR's name
     * @param stub the stub the WAR calls
     * @return the builder, to add more configuration
     */
    public static Deployments war(String name, SiteverifyStub stub) {
        Deployments war =
                endpoints(name, stub).withConfig(ConfigKeys.HCAPTCHA_SITEKEY, SiteverifyStub.HCAPTCHA_SITEKEY);
        for (Dialect dialect : Dialect.values()) {
            war.withConfig(key(dialect, "secret"), dialect.secret())
                    .withConfig(key(dialect, "hostnames"), SiteverifyStub.HOSTNAME);
        }
        return war;
    }

    /**
     * A WAR using the providers' published test keys, and any host name.
     *
     * @param name the WAR's name
     * @param stub the stub the WAR calls
     * @return the builder, to add more configuration
     */
    public static Deployments warWithTestKeys(String name, SiteverifyStub stub) {
        return endpoints(name, stub)
                .withConfig("captcha.recaptcha.secret", PublishedTestKeys.RECAPTCHA_SECRET)
                .withConfig("captcha.hcaptcha.secret", PublishedTestKeys.HCAPTCHA_SECRET)
                .withConfig(ConfigKeys.HCAPTCHA_SITEKEY, PublishedTestKeys.HCAPTCHA_SITEKEY)
                .withConfig("captcha.turnstile.secret", PublishedTestKeys.TURNSTILE_PASS_SECRET);
    }

    private static Deployments endpoints(String name, SiteverifyStub stub) {
        Deployments war = Deployments.war(name)
                .withClasses(
                        PolicyEndpoints.class,
                        RecaptchaResource.class,
                        HcaptchaResource.class,
                        TurnstileResource.class,
                        PinVerifier.class)
                .withConfig(ConfigKeys.VERIFIER, "recaptcha")
                .withConfig(HcaptchaResource.class.getName() + "/RequiresCaptcha/verifier", "hcaptcha")
                .withConfig(TurnstileResource.class.getName() + "/RequiresCaptcha/verifier", "turnstile")
                .withConfig(ConfigKeys.OUTAGE_FALLBACK, "pin")
                .withConfig("pin.expected", "1234");
        for (Dialect dialect : Dialect.values()) {
            war.withConfig(key(dialect, "endpoint"), stub.url(dialect));
        }
        return war;
    }

    private static String key(Dialect dialect, String setting) {
        return "captcha." + verifier(dialect) + "." + setting;
    }

    /**
     * The name of the verifier that speaks a dialect, also the path of its endpoints.
     *
     * @param dialect the dialect
     * @return {@code recaptcha}, {@code hcaptcha} or {@code turnstile}
     */
    public static String verifier(Dialect dialect) {
        return dialect.name().toLowerCase(Locale.ROOT);
    }
}
