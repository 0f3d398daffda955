package org.captchaee.impl.image;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.impl.config.Lazy;
import org.captchaee.impl.image.render.CaptchaImageRenderer;
import org.captchaee.impl.secret.CaptchaSecret;
import org.captchaee.impl.secret.SignedText;
import org.captchaee.impl.state.SharedState;
import org.eclipse.microprofile.config.Config;

/** The image captcha's settings and flow, made once, on first use (the deployment check). */
@ApplicationScoped
public class ImageConfiguration {

    private final Config config;
    private final CaptchaSecret secret;
    private final SharedState store;
    private final AnswerGenerator answers;
    private final Lazy<Ready> ready = new Lazy<>(this::make);

    /**
     * Creates the configuration.
     *
     * @param config the application's configuration
     * @param secret the signing key
     * @param store where answered challenges are remembered
     * @param answers picks the answers
     */
    @Inject
    public ImageConfiguration(Config config, CaptchaSecret secret, SharedState store, AnswerGenerator answers) {
        this.config = config;
        this.secret = secret;
        this.store = store;
        this.answers = answers;
    }

    /** For the CDI client proxy only. */
    protected ImageConfiguration() {
        this.config = null;
        this.secret = null;
        this.store = null;
        this.answers = null;
    }

    /**
     * The validated settings.
     *
     * @return the settings
     * @throws org.captchaee.CaptchaDefinitionException naming every invalid key
     */
    public ImageSettings settings() {
        return ready.get().settings();
    }

    /**
     * The flow.
     *
     * @return the challenges
     */
    public ImageChallenges challenges() {
        return ready.get().challenges();
    }

    /**
     * The limit on new challenges per client.
     *
     * @return the limit
     */
    public ChallengeRateLimit challengeLimit() {
        return ready.get().challengeLimit();
    }

    private Ready make() {
        ImageSettings settings = new ImageSettingsReader(config).read();
        ImageTokens tokens = new ImageTokens(new SignedText(secret.keyFor("image")));
        CaptchaImageRenderer renderer = new CaptchaImageRenderer(settings.width(), settings.height());
        return new Ready(
                settings,
                new ImageChallenges(settings, tokens, store, answers, renderer, Clock.systemUTC()),
                new ChallengeRateLimit(store, settings.maxChallengesPerMinute()));
    }

    /** The settings and what is made from them. */
    private record Ready(ImageSettings settings, ImageChallenges challenges, ChallengeRateLimit challengeLimit) {}
}
