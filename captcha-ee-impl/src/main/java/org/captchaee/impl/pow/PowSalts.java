package org.captchaee.impl.pow;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The salt format: random hex, then {@code ?expires=<unix seconds>&}. The trailing {@code &} is what makes the split of
 * {@code salt + number} unique (a number has no {@code &}), so that no digit can move between the expiry and the number
 * (challenge splicing, CVE-2025-68113).
 */
final class PowSalts {

    private static final String EXPIRES = "expires=";
    // 18 digits cannot overflow a long; Instant.MAX has 17
    private static final int MAX_EXPIRES_DIGITS = 18;

    private PowSalts() {}

    /**
     * A salt as we issue it.
     *
     * @param random the random bytes
     * @param expires the expiry, in Unix seconds
     * @return the salt
     */
    static String issue(byte[] random, long expires) {
        return HexFormat.of().formatHex(random) + "?" + EXPIRES + expires + "&";
    }

    /**
     * The expiry a salt carries, if it has the shape we always issue: it ends with {@code &}, and the parameters after
     * its last {@code ?} hold exactly one {@code expires} made of digits. Other parameters are allowed, as altcha-lib
     * issues them.
     *
     * @param salt the salt of a payload
     * @return the expiry, or empty if the salt is not of that shape
     */
    static Optional<Instant> expires(String salt) {
        int query = salt.lastIndexOf('?');
        if (!salt.endsWith("&") || query < 0) {
            return Optional.empty();
        }
        Optional<Instant> found = Optional.empty();
        for (String param : salt.substring(query + 1, salt.length() - 1).split("&", -1)) {
            if (param.startsWith(EXPIRES)) {
                Optional<Instant> expires = seconds(param.substring(EXPIRES.length()));
                if (found.isPresent() || expires.isEmpty()) {
                    return Optional.empty();
                }
                found = expires;
            }
        }
        return found;
    }

    private static Optional<Instant> seconds(String digits) {
        if (digits.isEmpty()
                || digits.length() > MAX_EXPIRES_DIGITS
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long seconds = Long.parseLong(digits);
        return seconds > Instant.MAX.getEpochSecond() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(seconds));
    }
}
