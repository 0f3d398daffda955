package org.captchaee.impl.testing;

import java.util.Map;

import jakarta.enterprise.inject.spi.DeploymentException;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Deploys the library in Weld SE, as a server deploys a WAR but without one: the library's bean archive and CDI
 * extension are discovered from the class path, the test adds its own beans, and MicroProfile Config answers with the
 * test's keys. What differs by server (how each reports a failed deployment) stays in the server tests.
 */
public final class CdiDeployments {

    private CdiDeployments() {}

    /**
     * Deploys a configuration that must fail validation.
     *
     * @param config the configuration, as keys and values
     * @param beans the application's own bean classes
     * @return the message of the deployment problem, which names every problem found
     * @throws AssertionError if the deployment validates
     */
    public static String failure(Map<String, String> config, Class<?>... beans) {
        Config registered = register(config);
        try (WeldContainer container = weld(beans).initialize()) {
            throw new AssertionError("the deployment validated: " + container.getId());
        } catch (DeploymentException e) {
            return messages(e);
        } finally {
            release(registered);
        }
    }

    /**
     * A Weld SE container that discovers the library and adds the test's beans and a servlet request.
     *
     * @param beans the application's own bean classes
     * @return the container, not started
     */
    public static Weld weld(Class<?>... beans) {
        return new Weld("captcha-ee-test-" + System.nanoTime())
                .addBeanClasses(FakeServletRequests.class)
                .addBeanClasses(beans);
    }

    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
            for (Throwable suppressed : cause.getSuppressed()) {
                text.append(suppressed.getMessage()).append('\n');
            }
        }
        return text.toString();
    }

    static Config register(Map<String, String> keys) {
        Config config = TestConfigs.of(keys);
        ConfigProviderResolver.instance().registerConfig(config, loader());
        return config;
    }

    static void release(Config config) {
        ConfigProviderResolver.instance().releaseConfig(config);
    }

    private static ClassLoader loader() {
        return Thread.currentThread().getContextClassLoader();
    }
}
