package org.captchaee.impl.aliyun;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.log.MessageIds;
import org.captchaee.impl.provider.FaultToleranceStatus;
import org.captchaee.impl.provider.GuardedCalls;
import org.captchaee.impl.request.SentHeader;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.VerifierName;

/**
 * The {@code aliyun-v1} verifier: Alibaba Cloud Captcha 1.0, {@code AuthenticateSig}, for sites that have not moved to
 * Captcha 2.0 yet. Reads {@code X-Captcha-Session-Id}, {@code X-Captcha-Sig} and {@code X-Captcha-Token}, the
 * sessionId, sig and token of the front end's success callback. During a migration, {@code aliyun} hands it the
 * requests that carry these headers.
 */
@ApplicationScoped
@VerifierName(AliyunV1Verifier.NAME)
public class AliyunV1Verifier implements CaptchaVerifier {

    /** The verifier's name. */
    public static final String NAME = "aliyun-v1";

    /** The header carrying the front end's sessionId. */
    public static final String SESSION_ID_HEADER = "X-Captcha-Session-Id";

    /** The header carrying the front end's sig. */
    public static final String SIG_HEADER = "X-Captcha-Sig";

    private static final Logger LOG = Logger.getLogger(AliyunV1Verifier.class.getName());
    private static final Pattern VALUE = Pattern.compile("[\\x21-\\x7e]{1,1024}");

    private final AliyunConfiguration configuration;
    private final AliyunClient client;
    private final GuardedCalls calls;

    /**
     * Creates the verifier.
     *
     * @param configuration the settings
     * @param client the guarded calls to Alibaba Cloud
     * @param faultTolerance whether Fault Tolerance guards the calls
     */
    @Inject
    public AliyunV1Verifier(
            AliyunConfiguration configuration, AliyunClient client, FaultToleranceStatus faultTolerance) {
        this.configuration = configuration;
        this.client = client;
        this.calls = AliyunClient.guardedCalls(faultTolerance, LOG);
    }

    /** For the CDI client proxy only. */
    protected AliyunV1Verifier() {
        this.configuration = null;
        this.client = null;
        this.calls = null;
    }

    /**
     * Whether a request carries a Captcha 1.0 answer (a session id or a sig), which decides the verifier during a
     * migration.
     *
     * @param submission the request's captcha
     * @return {@code true} if either 1.0 header is present
     */
    static boolean carriesV1(CaptchaSubmission submission) {
        return submission.header(SESSION_ID_HEADER).isPresent()
                || submission.header(SIG_HEADER).isPresent();
    }

    @Override
    public void checkConfiguration() {
        AliyunV1Settings settings = configuration.v1Settings();
        LOG.info(() -> MessageIds.ALIYUN_V1_ACTIVATED + " Alibaba Cloud Captcha 1.0 verifier (AuthenticateSig): AppKey "
                + settings.appKey() + ", scene " + settings.scene() + ", endpoint " + settings.endpoint() + ".");
    }

    @Override
    public Set<String> headers() {
        return Set.of(SESSION_ID_HEADER, SIG_HEADER, SentHeader.TOKEN);
    }

    @Override
    public Verdict verify(CaptchaSubmission submission) {
        Optional<String> sessionId = submission.header(SESSION_ID_HEADER);
        Optional<String> sig = submission.header(SIG_HEADER);
        Optional<String> token = submission.header(SentHeader.TOKEN);
        if (sessionId.isEmpty() && sig.isEmpty() && token.isEmpty()) {
            return Verdict.rejected(VerdictReason.MISSING, null);
        }
        if (!valid(sessionId) || !valid(sig) || !valid(token)) {
            return Verdict.rejected(VerdictReason.MALFORMED, null);
        }
        SigTicket ticket = new SigTicket(sessionId.get(), sig.get(), token.get(), submission.clientIp());
        return calls.verdict(
                () -> AliyunResults.ANSWERS.verdict(client.authenticateSig(configuration.v1Api(), ticket)));
    }

    private static boolean valid(Optional<String> value) {
        return value.isPresent() && VALUE.matcher(value.get()).matches();
    }
}
