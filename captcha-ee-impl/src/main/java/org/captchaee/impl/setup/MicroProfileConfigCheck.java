package org.captchaee.impl.setup;

import java.util.ServiceConfigurationError;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.impl.platform.ClassPresence;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one server part the library cannot do without: MicroProfile Config, which holds every setting. Checked before
 * anything reads a key, so that a server without it (the web profile of Eclipse GlassFish) fails the deployment with
 * what to do, never with a missing class or silently unconfigured.
 */
public final class MicroProfileConfigCheck {

    /** What the failed deployment says. */
    public static final String MISSING = "captcha-ee reads its settings with MicroProfile Config, which this server"
            + " does not provide. Deploy on a server that ships it (WildFly, Payara, Open Liberty with mpConfig, the full"
            + " Eclipse GlassFish), or add a MicroProfile Config implementation to the WAR:"
            + " io.smallrye.config:smallrye-config 3.x.";

    private static final String API_MARKER = "org.eclipse.microprofile.config.ConfigProvider";

    private MicroProfileConfigCheck() {}

    /**
     * Fails unless MicroProfile Config answers.
     *
     * @param loader the class loader of the library
     * @throws CaptchaDefinitionException if its API or an implementation is missing
     */
    public static void require(ClassLoader loader) {
        if (!ClassPresence.loads(API_MARKER, loader)) {
            throw new CaptchaDefinitionException(MISSING);
        }
        try {
            ConfigProvider.getConfig();
        } catch (IllegalStateException | ServiceConfigurationError e) {
            throw new CaptchaDefinitionException(MISSING);
        }
    }
}
