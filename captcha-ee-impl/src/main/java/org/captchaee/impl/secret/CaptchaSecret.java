package org.captchaee.impl.secret;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigValues;
import org.captchaee.impl.config.Lazy;
import org.captchaee.impl.log.MessageIds;
import org.eclipse.microprofile.config.Config;

/**
 * The key that signs the tokens of the built-in captchas, from {@code captcha.secret}. Every node of a cluster that
 * shares it accepts the tokens of the others, with no sticky sessions. Without it, a random key is made at start-up and a
 * warning says that tokens then work on this node only, until it restarts.
 *
 * <p>Each use gets its own key derived from the secret ({@link #keyFor}), so that a token of one kind can never pass
 * for another.
 */
@ApplicationScoped
public class CaptchaSecret {

    /** The shortest secret accepted, in characters. */
    static final int MIN_LENGTH = 32;

    private static final Logger LOG = Logger.getLogger(CaptchaSecret.class.getName());

    private final Config config;
    private final Lazy<byte[]> secret = new Lazy<>(this::read);

    /**
     * Creates the holder.
     *
     * @param config the application's configuration
     */
    @Inject
    public CaptchaSecret(Config config) {
        this.config = config;
    }

    /** For the CDI client proxy only. */
    protected CaptchaSecret() {
        this.config = null;
    }

    /**
     * The key for one use, derived from the secret.
     *
     * @param use what the key signs, for example {@code image}
     * @return a 32-byte key
     * @throws CaptchaDefinitionException when {@code captcha.secret} is set but too short
     */
    public byte[] keyFor(String use) {
        return Hashes.hmacSha256(secret.get(), "captcha-ee key for " + use);
    }

    private byte[] read() {
        String configured = ConfigValues.text(config, ConfigKeys.SECRET).orElse(null);
        if (configured == null) {
            LOG.warning(MessageIds.CORE_RANDOM_SECRET + " " + ConfigKeys.SECRET
                    + " is not set: the built-in captchas sign their tokens with a random key"
                    + " made at start-up, so a token works only on this server and only until it restarts. Fix: set "
                    + ConfigKeys.SECRET + " to the same random text of " + MIN_LENGTH
                    + " or more characters on every node, for"
                    + " example the output of 'openssl rand -base64 32'.");
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        }
        if (configured.length() < MIN_LENGTH) {
            // the value is a secret: its length is all the message tells
            throw new CaptchaDefinitionException(
                    ConfigKeys.SECRET + " is too short (" + configured.length() + " characters): use " + MIN_LENGTH
                            + " or more random characters, for example the output of 'openssl rand -base64 32'.");
        }
        return configured.getBytes(StandardCharsets.UTF_8);
    }
}
