package org.captchaee.impl.siteverify;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.impl.config.Lazy;
import org.eclipse.microprofile.config.Config;

/**
 * The settings and HTTP client of each siteverify provider, made once, on first use (the deployment check of the
 * verifiers in use): a provider that no endpoint uses is never read or validated.
 */
@ApplicationScoped
public class SiteverifyConfiguration {

    private final Config config;
    private final Map<SiteverifyDialect, Lazy<Ready>> ready = new EnumMap<>(SiteverifyDialect.class);

    /**
     * Creates the configuration.
     *
     * @param config the application's configuration
     */
    @Inject
    public SiteverifyConfiguration(Config config) {
        this.config = config;
        for (SiteverifyDialect dialect : SiteverifyDialect.values()) {
            ready.put(dialect, new Lazy<>(() -> make(dialect)));
        }
    }

    /** For the CDI client proxy only. */
    protected SiteverifyConfiguration() {
        this.config = null;
    }

    /**
     * The settings of one provider.
     *
     * @param dialect the provider
     * @return the validated settings
     * @throws org.captchaee.CaptchaDefinitionException naming every missing or invalid key
     */
    public SiteverifySettings settings(SiteverifyDialect dialect) {
        return ready.get(dialect).get().settings();
    }

    SiteverifyApi api(SiteverifyDialect dialect) {
        return ready.get(dialect).get().api();
    }

    private Ready make(SiteverifyDialect dialect) {
        SiteverifySettings settings = new SiteverifySettingsReader(dialect, config).read();
        return new Ready(settings, new SiteverifyApi(settings));
    }

    /** The settings and the HTTP client made from them. */
    private record Ready(SiteverifySettings settings, SiteverifyApi api) {}
}
