package org.captchaee.impl.tencent;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.impl.provider.ProviderSetup;
import org.eclipse.microprofile.config.Config;

/** The Tencent verifier's settings and HTTP client, made once, on first use (the deployment check). */
@ApplicationScoped
public class TencentConfiguration {

    private final ProviderSetup<TencentSettings, TencentApi> setup;

    /**
     * Creates the configuration.
     *
     * @param config the application's configuration
     */
    @Inject
    public TencentConfiguration(Config config) {
        this.setup = new ProviderSetup<>(
                () -> new TencentSettingsReader(config).read(),
                settings -> new TencentApi(settings, Clock.systemUTC()));
    }

    /** For the CDI client proxy only. */
    protected TencentConfiguration() {
        this.setup = null;
    }

    /**
     * The settings.
     *
     * @return the validated settings
     * @throws org.captchaee.CaptchaDefinitionException naming every missing or invalid key
     */
    public TencentSettings settings() {
        return setup.settings();
    }

    TencentApi api() {
        return setup.api();
    }
}
