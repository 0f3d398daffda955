package org.captchaee.impl.siteverify;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.impl.provider.ProviderSetup;
import org.eclipse.microprofile.config.Config;

/**
 * The settings and HTTP client of each siteverify provider, made once, on first use (the deployment check of the
 * verifiers in use): a provider that no endpoint uses is never read or validated.
 */
@ApplicationScoped
public class SiteverifyConfiguration {

    private final Map<SiteverifyDialect, ProviderSetup<SiteverifySettings, SiteverifyApi>> setups =
            new EnumMap<>(SiteverifyDialect.class);

    /**
     * Creates the configuration.
     *
     * @param config the application's configuration
     */
    @Inject
    public SiteverifyConfiguration(Config config) {
        for (SiteverifyDialect dialect : SiteverifyDialect.values()) {
            setups.put(
                    dialect,
                    new ProviderSetup<>(
                            () -> new SiteverifySettingsReader(dialect, config).read(), SiteverifyApi::new));
        }
    }

    /** For the CDI client proxy only. */
    protected SiteverifyConfiguration() {}

    /**
     * The settings of one provider.
     *
     * @param dialect the provider
     * @return the validated settings
     * @throws org.captchaee.CaptchaDefinitionException naming every missing or invalid key
     */
    public SiteverifySettings settings(SiteverifyDialect dialect) {
        return setups.get(dialect).settings();
    }

    SiteverifyApi api(SiteverifyDialect dialect) {
        return setups.get(dialect).api();
    }
}
