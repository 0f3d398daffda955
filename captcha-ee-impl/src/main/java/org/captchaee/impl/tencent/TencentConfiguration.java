package org.captchaee.impl.tencent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

/** The Tencent verifier's settings and HTTP client, made once, on first use (the deployment check). */
@ApplicationScoped
public class TencentConfiguration {

    private final Config config;
    private volatile TencentSettings settings;
    private volatile TencentApi api;

    /**
     * Creates the configuration.
     *
     * @param config the application's configuration
     */
    @Inject
    public TencentConfiguration(Config config) {
        this.config = config;
    }

    /** For the CDI client proxy only. */
    protected TencentConfiguration() {
        this.config = null;
    }

    /**
     * The settings.
     *
     * @return the validated settings
     * @throws org.captchaee.CaptchaDefinitionException naming every missing or invalid key
     */
    public TencentSettings settings() {
        TencentSettings current = settings;
        if (current == null) {
            synchronized (this) {
                if (settings == null) {
                    settings = new TencentSettingsReader(config).read();
                }
                current = settings;
            }
        }
        return current;
    }

    TencentApi api() {
        TencentApi current = api;
        if (current == null) {
            synchronized (this) {
                if (api == null) {
                    api = new TencentApi(settings(), () -> System.currentTimeMillis() / 1000);
                }
                current = api;
            }
        }
        return current;
    }
}
