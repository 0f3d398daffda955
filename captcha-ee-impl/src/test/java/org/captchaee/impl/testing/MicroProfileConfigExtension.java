package org.captchaee.impl.testing;

import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes MicroProfile Config answer with a test class's keys while its CDI containers start and run: register it as a
 * static field, so that it runs before the container of each test starts.
 */
public final class MicroProfileConfigExtension implements BeforeAllCallback, AfterAllCallback {

    private final Map<String, String> keys;
    private Config registered;

    /**
     * Creates the extension.
     *
     * @param keys the configuration's keys and values
     */
    public MicroProfileConfigExtension(Map<String, String> keys) {
        this.keys = Map.copyOf(keys);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        registered = CdiDeployments.register(keys);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        CdiDeployments.release(registered);
    }
}
