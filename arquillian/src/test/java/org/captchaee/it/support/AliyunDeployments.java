package org.captchaee.it.support;

import org.captchaee.impl.aliyun.stub.AliyunStub;
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
                .withConfig("captcha.verifier", "aliyun")
                .withConfig("captcha.outage.fallback", "pin")
                .withConfig("pin.expected", "1234")
                .withConfig("captcha.aliyun.endpoint", stub.endpoint())
                .withConfig("captcha.aliyun.access-key-id", AliyunStub.ACCESS_KEY_ID)
                .withConfig("captcha.aliyun.access-key-secret", AliyunStub.ACCESS_KEY_SECRET)
                .withConfig("captcha.aliyun.scene-id", SCENE_ID)
                .withConfig("captcha.aliyun-v1.endpoint", stub.endpoint())
                .withConfig("captcha.aliyun-v1.app-key", AliyunStub.APP_KEY)
                .withConfig("captcha.aliyun-v1.scene", V1_SCENE);
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
                .withConfig("captcha.outage.fallback", "image");
    }
}
