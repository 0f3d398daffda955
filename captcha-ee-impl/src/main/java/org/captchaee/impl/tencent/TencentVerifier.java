package org.captchaee.impl.tencent;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.config.ConfigKeys;
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
 * The {@code tencent} verifier: Tencent Cloud Captcha, {@code DescribeCaptchaResult}, with the disaster-recovery scheme
 * of Tencent's documentation. Reads {@code X-Captcha-Ticket} and {@code X-Captcha-Randstr} (names configurable).
 */
@ApplicationScoped
@VerifierName(TencentVerifier.NAME)
public class TencentVerifier implements CaptchaVerifier {

    /** The verifier's name. */
    public static final String NAME = "tencent";

    private static final Logger LOG = Logger.getLogger(TencentVerifier.class.getName());
    private static final Pattern TICKET = Pattern.compile("[\\x21-\\x7e]{1,2048}");
    private static final Predicate<String> WELL_FORMED = TICKET.asMatchPredicate();
    private static final Pattern RANDSTR = Pattern.compile("[\\x21-\\x7e]{1,128}");

    private final TencentConfiguration configuration;
    private final TencentClient client;
    private final DisasterPath disasterPath;
    private final GuardedCalls calls;

    /**
     * Creates the verifier.
     *
     * @param configuration the settings
     * @param client the guarded call to Tencent
     * @param outages what is known of provider outages, cluster-wide
     * @param state where accepted disaster tickets are remembered
     * @param faultTolerance whether Fault Tolerance guards the call
     */
    @Inject
    public TencentVerifier(
            TencentConfiguration configuration,
            TencentClient client,
            OutageLedger outages,
            SharedState state,
            FaultToleranceStatus faultTolerance) {
        this.configuration = configuration;
        this.client = client;
        this.disasterPath = new DisasterPath(state, outages, NAME, "\\d{1,20}", "terror_", "trerror_");
        this.calls = faultTolerance.guardedCalls(
                LOG,
                MessageIds.TENCENT_REQUEST_REFUSED,
                "Tencent",
                ConfigKeys.TENCENT_SECRET_ID + ", secret-key, app-id and the account's captcha entitlement");
    }

    /** For the CDI client proxy only. */
    protected TencentVerifier() {
        this.configuration = null;
        this.client = null;
        this.disasterPath = null;
        this.calls = null;
    }

    @Override
    public void checkConfiguration() {
        TencentSettings settings = configuration.settings();
        LOG.info(() -> MessageIds.TENCENT_ACTIVATED + " Tencent captcha verifier: CaptchaAppId " + settings.appId()
                + ", endpoint "
                + settings.endpoint() + ", disaster tickets "
                + settings.disasterTickets().configValue() + ".");
        if (settings.disasterTickets() == DisasterTicketMode.ALWAYS) {
            LOG.warning(MessageIds.TENCENT_DISASTER_TICKETS_ALWAYS
                    + " captcha.tencent.disaster-tickets=always accepts a disaster ticket that anyone can"
                    + " make, even while Tencent is healthy. Use during-outage unless you accept that risk.");
        }
    }

    @Override
    public Set<String> headers() {
        TencentSettings settings = configuration.settings();
        return Set.of(settings.ticketHeader(), settings.randstrHeader());
    }

    @Override
    public Verdict verify(CaptchaSubmission submission) {
        TencentSettings settings = configuration.settings();
        return SentHeader.judge(
                submission, settings.ticketHeader(), WELL_FORMED, ticket -> verifyTicket(submission, settings, ticket));
    }

    private Verdict verifyTicket(CaptchaSubmission submission, TencentSettings settings, String ticket) {
        // a disaster ticket is never sent to Tencent: it is down, or it would only answer 21
        return disasterPath
                .judge(ticket, settings.disasterRules())
                .orElseGet(() -> verifyWithTencent(submission, settings, ticket));
    }

    private Verdict verifyWithTencent(CaptchaSubmission submission, TencentSettings settings, String ticket) {
        Optional<String> randstr = submission.header(settings.randstrHeader());
        if (randstr.isEmpty() || !RANDSTR.matcher(randstr.get()).matches()) {
            return Verdict.rejected(VerdictReason.MALFORMED, null);
        }
        return ask(new TencentQuery(ticket, randstr.get(), submission.clientIp()));
    }

    private Verdict ask(TencentQuery query) {
        return calls.verdict(
                () -> TencentResults.ANSWERS.verdict(client.describeCaptchaResult(configuration.api(), query)));
    }
}
