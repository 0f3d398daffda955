package org.captchaee.impl.tencent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

/** The Tencent verifier's settings and HTTP client, made once, on first use (the deployment check). */
@ApplicationScoped
public class TencentConfiguration {

    private final Config config;
    private volatile Ready ready;

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
        return ready().settings();
    }

    TencentApi api() {
        return ready().api();
    }

    private Ready ready() {
        Ready current = ready;
        if (current == null) {
            synchronized (this) {
                if (ready == null) {
                    TencentSettings settings = new TencentSettingsReader(config).read();
                    ready = new Ready(settings, new TencentApi(settings, () -> System.currentTimeMillis() / 1000));
                }
                current = ready;
            }
        }
        return current;
    }

    /** The settings and the HTTP client made from them. */
    private record Ready(TencentSettings settings, TencentApi api) {}
}
