package org.captchaee.impl.provider;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.secret.Hashes;

/**
 * Judges the disaster tokens {@code <prefix><errorCode>_<owner>_<unix seconds>} that a page makes when a provider's
 * script cannot load: Tencent's {@code terror_} / {@code trerror_} tickets (owner: the CaptchaAppId), and the
 * {@code aliyun_error_} tokens of this library's browser helper (owner: the SceneId). Anyone can make one, so one is
 * accepted only as an outage, only under the configured mode, only for our owner, only while fresh, and only once.
 * Accepted tokens are remembered (as hashes) until they expire; the memory is bounded, and when it is full of live tokens
 * new ones are refused.
 */
public final class DisasterTickets {

    /** The provider code of accepted and refused disaster tickets. */
    static final String CODE = "disaster-ticket";

    private static final long MAX_FUTURE_SECONDS = 60;

    private final int capacity;
    private final List<String> prefixes;
    private final Pattern format;
    private final Map<String, Long> usedUntil = new LinkedHashMap<>();

    /**
     * Creates the judge of one provider's tokens.
     *
     * @param capacity how many accepted tokens are remembered at most
     * @param ownerPattern the regular expression an owner matches, for example {@code \\d{1,20}}
     * @param prefixes the prefixes of the tokens, for example {@code terror_} and {@code trerror_}
     */
    public DisasterTickets(int capacity, String ownerPattern, String... prefixes) {
        this.capacity = capacity;
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
    public boolean isDisasterTicket(String ticket) {
        return prefixes.stream().anyMatch(ticket::startsWith);
    }

    /**
     * Judges a disaster token.
     *
     * @param ticket the token
     * @param rules what the verifier accepts
     * @param outageObserved whether the verifier saw its provider fail recently
     * @param nowSeconds the time, in Unix seconds
     * @return UNAVAILABLE (to be handled by the outage policy) or REJECTED
     */
    public Verdict judge(String ticket, DisasterRules rules, boolean outageObserved, long nowSeconds) {
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
        if (rules.mode() == DisasterTicketMode.DURING_OUTAGE && !outageObserved) {
            return Verdict.rejected(VerdictReason.DISASTER_TICKET, CODE);
        }
        return remember(fingerprint(ticket), expires, nowSeconds)
                ? Verdict.unavailable(VerdictReason.PROVIDER_ERROR, CODE)
                : Verdict.rejected(VerdictReason.REPLAYED, CODE);
    }

    /** Records a first use; false when the ticket was used before or no room is left. */
    private synchronized boolean remember(String fingerprint, long expires, long nowSeconds) {
        Long previous = usedUntil.get(fingerprint);
        if (previous != null && previous >= nowSeconds) {
            return false;
        }
        if (usedUntil.size() >= capacity) {
            evictExpired(nowSeconds);
            if (usedUntil.size() >= capacity) {
                return false;
            }
        }
        usedUntil.put(fingerprint, expires);
        return true;
    }

    private void evictExpired(long nowSeconds) {
        for (Iterator<Long> expiries = usedUntil.values().iterator(); expiries.hasNext(); ) {
            if (expiries.next() < nowSeconds) {
                expiries.remove();
            }
        }
    }

    private static String fingerprint(String ticket) {
        return Hashes.sha256Hex(ticket.getBytes(StandardCharsets.UTF_8));
    }
}
