package org.captchaee.impl.tencent;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.secret.Hashes;

/**
 * Judges the disaster-recovery tickets {@code terror_<errorCode>_<CaptchaAppId>_<unix seconds>} (or {@code trerror_...})
 * that a page makes when Tencent's script cannot load. Anyone can make one, so one is accepted only as an outage, only
 * under the configured mode, only for our app id, only while fresh, and only once. Accepted tickets are remembered (as
 * hashes) until they expire; the memory is bounded, and when it is full of live tickets new ones are refused.
 */
final class DisasterTickets {

    /** The provider code of accepted and refused disaster tickets. */
    static final String CODE = "disaster-ticket";

    private static final Pattern FORMAT = Pattern.compile("t(?:r)?error_(\\d{1,6})_(\\d{1,20})_(\\d{1,12})");
    private static final long MAX_FUTURE_SECONDS = 60;

    private final int capacity;
    private final Map<String, Long> usedUntil = new LinkedHashMap<>();

    DisasterTickets(int capacity) {
        this.capacity = capacity;
    }

    static boolean isDisasterTicket(String ticket) {
        return ticket.startsWith("terror_") || ticket.startsWith("trerror_");
    }

    Verdict judge(String ticket, TencentSettings settings, boolean outageObserved, long nowSeconds) {
        Matcher parts = FORMAT.matcher(ticket);
        if (!parts.matches()) {
            return Verdict.rejected(VerdictReason.MALFORMED, CODE);
        }
        if (settings.disasterTickets() == DisasterTicketMode.NEVER) {
            return Verdict.rejected(VerdictReason.DISASTER_TICKET, CODE);
        }
        if (!parts.group(2).equals(Long.toString(settings.appId()))) {
            return Verdict.rejected(VerdictReason.MISCONFIGURED, CODE);
        }
        long issued = Long.parseLong(parts.group(3));
        if (issued > nowSeconds + MAX_FUTURE_SECONDS) {
            return Verdict.rejected(VerdictReason.INVALID, CODE);
        }
        long expires = issued + settings.disasterTicketMaxAge().toSeconds();
        if (expires < nowSeconds) {
            return Verdict.rejected(VerdictReason.EXPIRED, CODE);
        }
        if (settings.disasterTickets() == DisasterTicketMode.DURING_OUTAGE && !outageObserved) {
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
