package org.captchaee.impl.provider;

import java.util.Optional;

import org.captchaee.Verdict;
import org.captchaee.impl.state.OutageLedger;
import org.captchaee.impl.state.SharedState;

/**
 * A provider's disaster path in one piece: the tokens its front end sends when the provider's script cannot load
 * ({@link DisasterTickets}), judged by the verifier's rules against what the cluster knows of the provider's outage
 * ({@link OutageLedger}). A token of the path is never sent to the provider.
 */
public final class DisasterPath {

    private final DisasterTickets tickets;
    private final OutageLedger outages;
    private final String verifier;

    /**
     * Creates the disaster path of one provider.
     *
     * @param state where accepted tokens are remembered, cluster-wide
     * @param outages what is known of provider outages, cluster-wide
     * @param verifier the verifier's name
     * @param ownerPattern the regular expression an owner matches, for example {@code \\d{1,20}}
     * @param prefixes the prefixes of the tokens, for example {@code terror_} and {@code trerror_}
     */
    public DisasterPath(
            SharedState state, OutageLedger outages, String verifier, String ownerPattern, String... prefixes) {
        this.tickets = new DisasterTickets(state, verifier, ownerPattern, prefixes);
        this.outages = outages;
        this.verifier = verifier;
    }

    /**
     * The verdict on a disaster token.
     *
     * @param token the token the client sent
     * @param rules what the verifier accepts
     * @return UNAVAILABLE (for the outage policy) or REJECTED for a disaster token; empty for any other token, which
     *     the provider judges
     */
    public Optional<Verdict> judge(String token, DisasterRules rules) {
        if (!tickets.isDisasterTicket(token)) {
            return Optional.empty();
        }
        return Optional.of(
                tickets.judge(token, rules, () -> outages.providerDown(verifier), System.currentTimeMillis() / 1000));
    }
}
