package org.captchaee.impl.aliyun;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.impl.config.Lazy;
import org.eclipse.microprofile.config.Config;

/**
 * The Alibaba Cloud verifiers' settings and HTTP clients, made once each, on first use (the deployment check): Captcha
 * 2.0 for {@code aliyun}, Captcha 1.0 for {@code aliyun-v1} and for the migration mode of {@code aliyun}.
 */
@ApplicationScoped
public class AliyunConfiguration {

    private final Config config;
    private final Lazy<V2> v2 = new Lazy<>(this::makeV2);
    private final Lazy<V1> v1 = new Lazy<>(this::makeV1);
    private final Lazy<Boolean> migrating = new Lazy<>(this::v1Configured);

    /**
     * Creates the configuration.
     *
     * @param config the application's configuration
     */
    @Inject
    public AliyunConfiguration(Config config) {
        this.config = config;
    }

    /** For the CDI client proxy only. */
    protected AliyunConfiguration() {
        this.config = null;
    }

    /**
     * The Captcha 2.0 settings.
     *
     * @return the validated settings
     * @throws org.captchaee.CaptchaDefinitionException naming every missing or invalid key
     */
    public AliyunSettings settings() {
        return v2.get().settings();
    }

    /**
     * The Captcha 1.0 settings.
     *
     * @return the validated settings
     * @throws org.captchaee.CaptchaDefinitionException naming every missing or invalid key
     */
    public AliyunV1Settings v1Settings() {
        return v1.get().settings();
    }

    /**
     * Whether Captcha 1.0 is configured, which makes {@code aliyun} verify 1.0 requests too (migration mode).
     *
     * @return {@code true} if {@code captcha.aliyun-v1.app-key} is set
     */
    public boolean migrating() {
        return migrating.get();
    }

    /**
     * Checks the settings of both versions at once, for the migration mode.
     *
     * @throws org.captchaee.CaptchaDefinitionException naming every missing or invalid key of both
     */
    public void checkBoth() {
        new AliyunSettingsReader(config).checkBoth();
    }

    IntelligentCaptchaApi api() {
        return v2.get().api();
    }

    AuthenticateSigApi v1Api() {
        return v1.get().api();
    }

    private boolean v1Configured() {
        return new AliyunSettingsReader(config).v1Configured();
    }

    private V2 makeV2() {
        AliyunSettings settings = new AliyunSettingsReader(config).read();
        return new V2(settings, new IntelligentCaptchaApi(settings, Clock.systemUTC()));
    }

    private V1 makeV1() {
        AliyunV1Settings settings = new AliyunSettingsReader(config).readV1();
        return new V1(settings, new AuthenticateSigApi(settings, Clock.systemUTC()));
    }

    /** The 2.0 settings and the HTTP client made from them. */
    private record V2(AliyunSettings settings, IntelligentCaptchaApi api) {}

    /** The 1.0 settings and the HTTP client made from them. */
    private record V1(AliyunV1Settings settings, AuthenticateSigApi api) {}
}
