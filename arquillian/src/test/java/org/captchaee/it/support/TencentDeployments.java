package org.captchaee.it.support;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.tencent.stub.TencentStub;
import org.captchaee.it.app.AnswersResource;
import org.captchaee.it.app.KnownAnswers;
import org.captchaee.it.app.PinVerifier;
import org.captchaee.it.app.PolicyEndpoints;
import org.captchaee.it.app.PolicyResource;

/** WARs whose default verifier is {@code tencent}, pointed at a stub, with {@code pin} as the outage fallback. */
public final class TencentDeployments {

    /** The Fault Tolerance key prefix of the Tencent call. */
    public static final String FT = "org.captchaee.impl.tencent.TencentClient/describeCaptchaResult/";

    private TencentDeployments() {}

    /**
     * A WAR for one stub.
     *
     * @param name the WAR's name
     * @param stub the stub the WAR calls
     * @return the builder, to add more configuration
     */
    public static Deployments war(String name, TencentStub stub) {
        return pointedAt(
                Deployments.war(name)
                        .withClasses(PolicyEndpoints.class, PolicyResource.class, PinVerifier.class)
                        .withConfig(ConfigKeys.VERIFIER, "tencent")
                        .withConfig(ConfigKeys.OUTAGE_FALLBACK, "pin")
                        .withConfig("pin.expected", "1234"),
                stub);
    }

    /**
     * Points a WAR's Tencent settings at a stub: its endpoint, and the credentials and app the stub knows.
     *
     * @param war the WAR being built
     * @param stub the stub
     * @return the builder
     */
    public static Deployments pointedAt(Deployments war, TencentStub stub) {
        return war.withConfig(ConfigKeys.TENCENT_ENDPOINT, stub.endpoint())
                .withConfig(ConfigKeys.TENCENT_SECRET_ID, TencentStub.SECRET_ID)
                .withConfig(ConfigKeys.TENCENT_SECRET_KEY, TencentStub.SECRET_KEY)
                .withConfig(ConfigKeys.TENCENT_APP_ID, Long.toString(TencentStub.APP_ID))
                .withConfig(ConfigKeys.TENCENT_APP_SECRET_KEY, TencentStub.APP_SECRET_KEY);
    }

    /**
     * A WAR for one stub with the built-in image captcha as the outage fallback, and the test-only classes that tell
     * the test the answers of image challenges.
     *
     * @param name the WAR's name
     * @param stub the stub the WAR calls
     * @return the builder, to add more configuration
     */
    public static Deployments withImageFallback(String name, TencentStub stub) {
        return war(name, stub)
                .withClasses(KnownAnswers.class, AnswersResource.class)
                .withConfig(ConfigKeys.OUTAGE_FALLBACK, "image");
    }
}
