package org.captchaee.it.support;

import org.captchaee.impl.aliyun.stub.AliyunStub;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.app.AliyunV1Resource;
import org.captchaee.it.app.AnswersResource;
import org.captchaee.it.app.KnownAnswers;
import org.captchaee.it.app.PinVerifier;
import org.captchaee.it.app.PolicyEndpoints;
import org.captchaee.it.app.PolicyResource;

/**
 * WARs whose default verifier is {@code aliyun} (Captcha 2.0) with Captcha 1.0 configured too (migration mode), pointed
 * at a stub, with {@code pin} as the outage fallback and an endpoint guarded by {@code aliyun-v1} alone.
 */
public final class AliyunDeployments {

    /** The Fault Tolerance key prefix of the Captcha 2.0 call. */
    public static final String FT = "org.captchaee.impl.aliyun.AliyunClient/verifyIntelligentCaptcha/";

    /** The Fault Tolerance key prefix of the Captcha 1.0 call. */
    public static final String FT_V1 = "org.captchaee.impl.aliyun.AliyunClient/authenticateSig/";

    /** The SceneId the deployments send. */
    public static final String SCENE_ID = "scene-it";

    /** The Captcha 1.0 scene the deployments send. */
    public static final String V1_SCENE = "nc_login";

    private AliyunDeployments() {}

    /**
     * A WAR for one stub.
     *
     * @param name the WAR's name
     * @param stub the stub the WAR calls
     * @return the builder, to add more configuration
     */
    public static Deployments war(String name, AliyunStub stub) {
        return Deployments.war(name)
                .withClasses(PolicyEndpoints.class, PolicyResource.class, AliyunV1Resource.class, PinVerifier.class)
                .withConfig(ConfigKeys.VERIFIER, "aliyun")
                .withConfig(ConfigKeys.OUTAGE_FALLBACK, "pin")
                .withConfig("pin.expected", "1234")
                .withConfig(ConfigKeys.ALIYUN_ENDPOINT, stub.endpoint())
                .withConfig(ConfigKeys.ALIYUN_ACCESS_KEY_ID, AliyunStub.ACCESS_KEY_ID)
                .withConfig(ConfigKeys.ALIYUN_ACCESS_KEY_SECRET, AliyunStub.ACCESS_KEY_SECRET)
                .withConfig(ConfigKeys.ALIYUN_SCENE_ID, SCENE_ID)
                .withConfig(ConfigKeys.ALIYUN_V1_ENDPOINT, stub.endpoint())
                .withConfig(ConfigKeys.ALIYUN_V1_APP_KEY, AliyunStub.APP_KEY)
                .withConfig(ConfigKeys.ALIYUN_V1_SCENE, V1_SCENE);
    }

    /**
     * A WAR for one stub with the built-in {@code image} captcha as the outage fallback, whose answers the test can
     * learn.
     *
     * @param name the WAR's name
     * @param stub the stub the WAR calls
     * @return the builder, to add more configuration
     */
    public static Deployments withImageFallback(String name, AliyunStub stub) {
        return war(name, stub)
                .withClasses(KnownAnswers.class, AnswersResource.class)
                .withConfig(ConfigKeys.OUTAGE_FALLBACK, "image");
    }
}
