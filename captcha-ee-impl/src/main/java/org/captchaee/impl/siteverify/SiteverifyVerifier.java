package org.captchaee.impl.siteverify;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import org.captchaee.Verdict;
import org.captchaee.impl.log.MessageIds;
import org.captchaee.impl.provider.FaultToleranceStatus;
import org.captchaee.impl.provider.GuardedCalls;
import org.captchaee.impl.request.SentHeader;
import org.captchaee.impl.testmode.TestOnly;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaVerifier;

/**
 * What the {@code recaptcha}, {@code hcaptcha} and {@code turnstile} verifiers share: they read the token of
 * {@code X-Captcha-Token}, send it with the resolved client IP to the provider's siteverify endpoint through its guarded
 * call, and map the answer with {@link SiteverifyResults}. A subclass only names its {@link SiteverifyDialect}.
 *
 * <p>For Turnstile every verification gets a fresh random {@code idempotency_key}: a Fault Tolerance retry of it sends
 * the same key and gets the first answer again, while the same token in another request, even from the same client, is
 * a new verification that the provider answers "already used". A key derived from the token would let a replayed token
 * pass on a node that has not seen it.
 */
public abstract class SiteverifyVerifier implements CaptchaVerifier, TestOnly {

    private static final Logger LOG = Logger.getLogger(SiteverifyVerifier.class.getName());

    private final SiteverifyDialect dialect;
    private final SiteverifyConfiguration configuration;
    private final SiteverifyClient client;
    private final GuardedCalls calls;

    /**
     * Creates a verifier.
     *
     * @param dialect the provider
     * @param configuration the settings
     * @param client the guarded calls
     * @param faultTolerance whether Fault Tolerance guards the calls
     */
    protected SiteverifyVerifier(
            SiteverifyDialect dialect,
            SiteverifyConfiguration configuration,
            SiteverifyClient client,
            FaultToleranceStatus faultTolerance) {
        this.dialect = dialect;
        this.configuration = configuration;
        this.client = client;
        this.calls = faultTolerance.guardedCalls(
                LOG,
                MessageIds.SITEVERIFY_REQUEST_REFUSED,
                dialect.provider(),
                dialect.key("secret") + (dialect.sendsSitekey() ? " and " + dialect.key("sitekey") : ""));
    }

    /** For the CDI client proxy only. */
    protected SiteverifyVerifier() {
        this.dialect = null;
        this.configuration = null;
        this.client = null;
        this.calls = null;
    }

    @Override
    public void checkConfiguration() {
        SiteverifySettings settings = configuration.settings(dialect);
        LOG.info(() -> MessageIds.SITEVERIFY_ACTIVATED + " " + dialect.provider() + " captcha verifier: endpoint "
                + settings.endpoint()
                + ", host names " + (settings.hostnames().isEmpty() ? "any" : settings.hostnames())
                + (dialect.scored() ? ", v3 minimum score " + settings.minScore() : "") + ".");
        testOnlyReason()
                .ifPresent(reason -> LOG.warning(MessageIds.SITEVERIFY_TEST_KEYS + " " + reason
                        + ". Use them in tests only; set your site's own keys in production."));
    }

    @Override
    public Optional<String> testOnlyReason() {
        SiteverifySettings settings = configuration.settings(dialect);
        if (dialect.isTestKey(settings.secret())
                || settings.sitekey().filter(dialect::isTestKey).isPresent()) {
            return Optional.of(dialect.key("secret") + (dialect.sendsSitekey() ? " or " + dialect.key("sitekey") : "")
                    + " is one of the test keys " + dialect.provider()
                    + " publishes: captchas then pass (or fail) whatever the user does");
        }
        return Optional.empty();
    }

    @Override
    public Set<String> headers() {
        return Set.of(SentHeader.TOKEN);
    }

    @Override
    public Verdict verify(CaptchaSubmission submission) {
        return SentHeader.judge(
                submission, SentHeader.TOKEN, dialect::isWellFormedToken, token -> verify(submission, token));
    }

    private Verdict verify(CaptchaSubmission submission, String token) {
        SiteverifySettings settings = configuration.settings(dialect);
        SiteverifyQuery query = new SiteverifyQuery(
                token,
                submission.clientIp(),
                dialect.idempotent() ? Optional.of(UUID.randomUUID().toString()) : Optional.empty());
        String expectedAction = settings.expectedAction(submission.scene());
        return calls.verdict(() -> new SiteverifyResults(settings, expectedAction)
                .verdict(dialect.call(client, configuration.api(dialect), query)));
    }
}
