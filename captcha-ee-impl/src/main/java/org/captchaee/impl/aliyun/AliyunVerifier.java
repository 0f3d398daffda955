package org.captchaee.impl.aliyun;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.Verdict;
import org.captchaee.impl.log.MessageIds;
import org.captchaee.impl.provider.DisasterPath;
import org.captchaee.impl.provider.DisasterTicketMode;
import org.captchaee.impl.provider.FaultToleranceStatus;
import org.captchaee.impl.provider.GuardedCalls;
import org.captchaee.impl.request.SentHeader;
import org.captchaee.impl.state.OutageLedger;
import org.captchaee.impl.state.SharedState;
import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.VerifierName;

/**
 * The {@code aliyun} verifier: Alibaba Cloud Captcha 2.0, {@code VerifyIntelligentCaptcha}. Reads
 * {@code X-Captcha-Token}, the front end's captchaVerifyParam, and forwards it byte for byte with the configured SceneId.
 *
 * <p>Disaster path: when Alibaba Cloud's script cannot load, the browser helper's {@code onError} sends the token
 * {@code aliyun_error_<errorCode>_<SceneId>_<unix seconds>}. It is never sent to Alibaba Cloud and is judged like
 * Tencent's disaster tickets ({@code captcha.aliyun.disaster-tickets}, default {@code during-outage}): an outage only
 * while this verifier saw Alibaba Cloud fail within two minutes, once, fresh and for our SceneId; otherwise rejected,
 * and under the policy fallback the client is asked for the fallback captcha.
 *
 * <p>Migration mode: when Captcha 1.0 is configured too ({@code captcha.aliyun-v1.*}), a request that carries a 1.0
 * session id or sig ({@code X-Captcha-Session-Id}, {@code X-Captcha-Sig}) is verified by Captcha 1.0
 * ({@link AliyunV1Verifier}), every other request by Captcha 2.0, so that old and new front ends work side by side while
 * the new one rolls out.
 */
@ApplicationScoped
@VerifierName(AliyunVerifier.NAME)
public class AliyunVerifier implements CaptchaVerifier {

    /** The verifier's name. */
    public static final String NAME = "aliyun";

    private static final Logger LOG = Logger.getLogger(AliyunVerifier.class.getName());
    private static final Pattern VERIFY_PARAM = Pattern.compile("[\\x20-\\x7e]+");
    private static final Predicate<String> WELL_FORMED = VERIFY_PARAM.asMatchPredicate();
    private static final String CONSOLE_TEST_MODE = "T005";

    private final AliyunConfiguration configuration;
    private final AliyunClient client;
    private final AliyunV1Verifier v1;
    private final AtomicBoolean testModeReported = new AtomicBoolean();
    private final DisasterPath disasterPath;
    private final GuardedCalls calls;

    /**
     * Creates the verifier.
     *
     * @param configuration the settings
     * @param client the guarded calls to Alibaba Cloud
     * @param v1 the Captcha 1.0 verifier, for the migration mode
     * @param outages what is known of provider outages, cluster-wide
     * @param state where accepted disaster tokens are remembered
     * @param faultTolerance whether Fault Tolerance guards the calls
     */
    @Inject
    public AliyunVerifier(
            AliyunConfiguration configuration,
            AliyunClient client,
            @VerifierName(AliyunV1Verifier.NAME) AliyunV1Verifier v1,
            OutageLedger outages,
            SharedState state,
            FaultToleranceStatus faultTolerance) {
        this.configuration = configuration;
        this.client = client;
        this.v1 = v1;
        this.disasterPath = new DisasterPath(state, outages, NAME, "[A-Za-z0-9-]{1,64}", "aliyun_error_");
        this.calls = AliyunClient.guardedCalls(faultTolerance, LOG);
    }

    /** For the CDI client proxy only. */
    protected AliyunVerifier() {
        this.configuration = null;
        this.client = null;
        this.v1 = null;
        this.disasterPath = null;
        this.calls = null;
    }

    @Override
    public void checkConfiguration() {
        if (configuration.migrating()) {
            configuration.checkBoth();
        }
        AliyunSettings settings = configuration.settings();
        LOG.info(() ->
                MessageIds.ALIYUN_ACTIVATED + " Alibaba Cloud Captcha 2.0 verifier (VerifyIntelligentCaptcha): SceneId "
                        + settings.sceneId() + ", endpoint " + settings.endpoint() + ".");
        if (settings.disasterTickets() == DisasterTicketMode.ALWAYS) {
            LOG.warning(MessageIds.ALIYUN_DISASTER_TICKETS_ALWAYS
                    + " captcha.aliyun.disaster-tickets=always accepts a disaster token that anyone can"
                    + " make, even while Alibaba Cloud is healthy. Use during-outage unless you accept that risk.");
        }
        if (configuration.migrating()) {
            v1.checkConfiguration();
            LOG.info(MessageIds.ALIYUN_MIGRATING + " Alibaba Cloud migration mode: requests carrying "
                    + AliyunV1Verifier.SESSION_ID_HEADER
                    + " or " + AliyunV1Verifier.SIG_HEADER + " are verified by Captcha 1.0, all others by Captcha 2.0."
                    + " Remove captcha.aliyun-v1.* once every front end runs Captcha 2.0.");
        }
    }

    @Override
    public Set<String> headers() {
        return configuration.migrating()
                ? Set.of(SentHeader.TOKEN, AliyunV1Verifier.SESSION_ID_HEADER, AliyunV1Verifier.SIG_HEADER)
                : Set.of(SentHeader.TOKEN);
    }

    @Override
    public Verdict verify(CaptchaSubmission submission) {
        if (configuration.migrating() && AliyunV1Verifier.carriesV1(submission)) {
            return v1.verify(submission);
        }
        return SentHeader.judge(submission, SentHeader.TOKEN, WELL_FORMED, this::verifyParam);
    }

    private Verdict verifyParam(String param) {
        // a disaster token is never sent to Alibaba Cloud: it is down, or its script could not load in this browser
        return disasterPath
                .judge(param, configuration.settings().disasterRules())
                .orElseGet(() -> verifyWithAliyun(param));
    }

    private Verdict verifyWithAliyun(String param) {
        Verdict verdict = calls.verdict(
                () -> AliyunResults.ANSWERS.verdict(client.verifyIntelligentCaptcha(configuration.api(), param)));
        if (verdict.providerCode().filter(CONSOLE_TEST_MODE::equals).isPresent()
                && testModeReported.compareAndSet(false, true)) {
            LOG.warning(MessageIds.ALIYUN_CONSOLE_TEST_MODE + " Alibaba Cloud answered T005: the scene "
                    + configuration.settings().sceneId()
                    + " is in the console's test mode and passes every verification. Turn test mode off before"
                    + " production.");
        }
        return verdict;
    }
}
