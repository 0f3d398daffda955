package org.captchaee.impl.image;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.captchaee.impl.secret.SignedText;

/**
 * The two signed tokens of the image flow. A challenge token ({@code c1.<id>.<expiry>.<answer digest>.<signature>})
 * carries a keyed digest of its answer, never the answer; a captcha token ({@code p1.<id>.<expiry>.<signature>}) proves a
 * right answer. Expiries are Unix seconds. Both are stateless, so any node with the same key can check them.
 */
final class ImageTokens {

    private static final Pattern CHALLENGE =
            Pattern.compile("c1\\.([A-Za-z0-9_-]{22})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{22})");
    private static final Pattern PASS = Pattern.compile("p1\\.([A-Za-z0-9_-]{22})\\.(\\d{1,12})");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SignedText signer;
    private final SecureRandom random = new SecureRandom();

    ImageTokens(SignedText signer) {
        this.signer = signer;
    }

    /** A challenge token for an answer. */
    String challenge(String answer, Instant expiry) {
        String id = newId();
        return signer.sign("c1." + id + "." + expiry.getEpochSecond() + "." + answerDigest(id, answer));
    }

    /** A captcha token. */
    String pass(Instant expiry) {
        return signer.sign("p1." + newId() + "." + expiry.getEpochSecond());
    }

    /** Opens a challenge token; empty unless it is ours and of that kind. */
    Optional<Challenge> openChallenge(String token) {
        return signer.open(token)
                .map(CHALLENGE::matcher)
                .filter(Matcher::matches)
                .map(match -> new Challenge(
                        match.group(1), Instant.ofEpochSecond(Long.parseLong(match.group(2))), match.group(3)));
    }

    /** Opens a captcha token; empty unless it is ours and of that kind. */
    Optional<Pass> openPass(String token) {
        return signer.open(token)
                .map(PASS::matcher)
                .filter(Matcher::matches)
                .map(match -> new Pass(match.group(1), Instant.ofEpochSecond(Long.parseLong(match.group(2)))));
    }

    /** The digest a challenge token carries for an answer, normalised as the user may type it. */
    String answerDigest(String id, String answer) {
        return signer.digest(id + ":" + answer);
    }

    private String newId() {
        byte[] id = new byte[16];
        random.nextBytes(id);
        return BASE64URL.encodeToString(id);
    }

    /** What an opened captcha token says. */
    record Pass(String id, Instant expiry) {}

    /** What an opened challenge token says. */
    record Challenge(String id, Instant expiry, String answerDigest) {}
}
