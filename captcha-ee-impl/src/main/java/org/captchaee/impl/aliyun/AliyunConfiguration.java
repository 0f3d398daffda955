package org.captchaee.impl.aliyun;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.impl.config.Lazy;
import org.captchaee.impl.provider.ProviderSetup;
import org.eclipse.microprofile.config.Config;

/**
 * The Alibaba Cloud verifiers' settings and HTTP clients, made once each, on first use (the deployment check): Captcha
 * 2.0 for {@code aliyun}, Captcha 1.0 for {@code aliyun-v1} and for the migration mode of {@code aliyun}.
 */
@ApplicationScoped
public class AliyunConfiguration {

    private final Config config;
    private final ProviderSetup<AliyunSettings, IntelligentCaptchaApi> v2;
    private final ProviderSetup<AliyunV1Settings, AuthenticateSigApi> v1;
    private final Lazy<Boolean> migrating = new Lazy<>(this::v1Configured);

    /**
     * Creates the configuration.
     *
     * @param config the application's configuration
     */
    @Inject
    public AliyunConfiguration(Config config) {
        this.config = config;
        this.v2 = new ProviderSetup<>(
                () -> new AliyunSettingsReader(config).read(),
                settings -> new IntelligentCaptchaApi(settings, Clock.systemUTC()));
        this.v1 = new ProviderSetup<>(
                () -> new AliyunSettingsReader(config).readV1(),
                settings -> new AuthenticateSigApi(settings, Clock.systemUTC()));
    }

    /** For the CDI client proxy only. */
    protected AliyunConfiguration() {
        this.config = null;
        this.v2 = null;
        this.v1 = null;
    }

    /**
     * The Captcha 2.0 settings.
     *
     * @return the validated settings
     * @throws org.captchaee.CaptchaDefinitionException naming every missing or invalid key
     */
    public AliyunSettings settings() {
        return v2.settings();
    }

    /**
     * The Captcha 1.0 settings.
     *
     * @return the validated settings
     * @throws org.captchaee.CaptchaDefinitionException naming every missing or invalid key
     */
    public AliyunV1Settings v1Settings() {
        return v1.settings();
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
        return v2.api();
    }

    AuthenticateSigApi v1Api() {
        return v1.api();
    }

    private boolean v1Configured() {
        return new AliyunSettingsReader(config).v1Configured();
    }
}
