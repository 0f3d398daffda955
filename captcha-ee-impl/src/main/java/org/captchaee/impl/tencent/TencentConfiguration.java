package org.captchaee.impl.tencent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.impl.config.Lazy;
import org.eclipse.microprofile.config.Config;

/** The Tencent verifier's settings and HTTP client, made once, on first use (the deployment check). */
@ApplicationScoped
public class TencentConfiguration {

    private final Config config;
    private final Lazy<Ready> ready = new Lazy<>(this::make);

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
        return ready.get().settings();
    }

    TencentApi api() {
        return ready.get().api();
    }

    private Ready make() {
        TencentSettings settings = new TencentSettingsReader(config).read();
        return new Ready(settings, new TencentApi(settings, () -> System.currentTimeMillis() / 1000));
    }

    /** The settings and the HTTP client made from them. */
    private record Ready(TencentSettings settings, TencentApi api) {}
}
