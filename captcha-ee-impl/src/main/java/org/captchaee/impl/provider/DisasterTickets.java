package org.captchaee.impl.provider;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.state.KeyFamily;
import org.captchaee.impl.state.OutageLedger;
import org.captchaee.impl.state.SharedState;

/**
 * Judges the disaster tokens {@code <prefix><errorCode>_<owner>_<unix seconds>} that a page makes when a provider's
 * script cannot load: Tencent's {@code terror_} / {@code trerror_} tickets (owner: the CaptchaAppId), and the
 * {@code aliyun_error_} tokens of this library's browser helper (owner: the SceneId). Anyone can make one, so one is
 * accepted only as an outage, only under the configured mode, only for our owner, only while fresh, and only once.
 * Accepted tokens are remembered in the {@link SharedState} until they expire, so a token accepted by one node of a
 * cluster is refused by every other.
 */
final class DisasterTickets {

    /** The provider code of accepted and refused disaster tickets. */
    static final String CODE = OutageLedger.DISASTER_TICKET_CODE;

    private static final long MAX_FUTURE_SECONDS = 60;

    private final SharedState state;
    private final String verifier;
    private final List<String> prefixes;
    private final Pattern format;

    /**
     * Creates the judge of one provider's tokens.
     *
     * @param state where accepted tokens are remembered
     * @param verifier the verifier's name, which scopes the memory
     * @param ownerPattern the regular expression an owner matches, for example {@code \\d{1,20}}
     * @param prefixes the prefixes of the tokens, for example {@code terror_} and {@code trerror_}
     */
    DisasterTickets(SharedState state, String verifier, String ownerPattern, String... prefixes) {
        this.state = state;
        this.verifier = verifier;
        this.prefixes = List.of(prefixes);
        String alternatives =
                String.join("|", this.prefixes.stream().map(Pattern::quote).toList());
        this.format = Pattern.compile("(?:" + alternatives + ")(\\d{1,6})_(" + ownerPattern + ")_(\\d{1,12})");
    }

    /**
     * Whether a token is a disaster token of this provider (well formed or not): such a token is never sent to the
     * provider.
     *
     * @param ticket the token
     * @return {@code true} if it starts with one of the prefixes
     */
    boolean isDisasterTicket(String ticket) {
        return prefixes.stream().anyMatch(ticket::startsWith);
    }

    /**
     * Judges a disaster token.
     *
     * @param ticket the token
     * @param rules what the verifier accepts
     * @param providerDown whether the provider was seen failing recently (asked only under {@code during-outage})
     * @param nowSeconds the time, in Unix seconds
     * @return UNAVAILABLE (to be handled by the outage policy) or REJECTED
     * @throws org.captchaee.spi.StateStoreUnavailableException when the store cannot be reached
     */
    Verdict judge(String ticket, DisasterRules rules, BooleanSupplier providerDown, long nowSeconds) {
        Matcher parts = format.matcher(ticket);
        if (!parts.matches()) {
            return Verdict.rejected(VerdictReason.MALFORMED, CODE);
        }
        if (rules.mode() == DisasterTicketMode.NEVER) {
            return Verdict.rejected(VerdictReason.DISASTER_TICKET, CODE);
        }
        if (!parts.group(2).equals(rules.owner())) {
            return Verdict.rejected(VerdictReason.MISCONFIGURED, CODE);
        }
        long issued = Long.parseLong(parts.group(3));
        if (issued > nowSeconds + MAX_FUTURE_SECONDS) {
            return Verdict.rejected(VerdictReason.INVALID, CODE);
        }
        long expires = issued + rules.maxAge().toSeconds();
        if (expires < nowSeconds) {
            return Verdict.rejected(VerdictReason.EXPIRED, CODE);
        }
        if (rules.mode() == DisasterTicketMode.DURING_OUTAGE && !providerDown.getAsBoolean()) {
            return Verdict.rejected(VerdictReason.DISASTER_TICKET, CODE);
        }
        Duration remembered = Duration.ofSeconds(expires - nowSeconds + 1);
        return state.putIfAbsent(state.key(KeyFamily.DISASTER_TICKET, verifier, ticket), remembered)
                ? Verdict.unavailable(VerdictReason.PROVIDER_ERROR, CODE)
                : Verdict.rejected(VerdictReason.REPLAYED, CODE);
    }
}
