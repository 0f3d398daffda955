package org.captchaee.impl.verify;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.captchaee.spi.CaptchaSubmission;
import org.captchaee.spi.CaptchaVerifier;

/**
 * Which captcha headers a verifier reads: the ones it declares ({@link CaptchaVerifier#headers()}), else the ones it
 * looked up while deciding. Only those make a captcha's identity for the replay guard, and a header that no verifier of
 * the endpoint reads is refused, so that a client cannot make one solved captcha look new by adding a header.
 */
final class HeaderUse {

    private HeaderUse() {}

    /**
     * The headers a verifier declares.
     *
     * @param verifier the verifier
     * @return the lower-case names, empty when it declares none
     */
    static Set<String> declared(CaptchaVerifier verifier) {
        return verifier.headers().stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The headers a verifier read while deciding a submission.
     *
     * @param declared the headers the verifier declares ({@link #declared})
     * @param submission the submission it was given
     * @return its declared headers, else those it looked up
     */
    static Set<String> read(Set<String> declared, CaptchaSubmission submission) {
        return declared.isEmpty() ? submission.headersRead() : declared;
    }

    /**
     * The first header sent that none of the readers reads.
     *
     * @param sent the captcha headers of the request, by lower-case name
     * @param readers the header names each reader reads, lower case
     * @return the name of such a header, if any
     */
    static Optional<String> unread(Map<String, String> sent, Collection<Set<String>> readers) {
        String first = null;
        for (String name : sent.keySet()) {
            if (!readByAny(readers, name) && (first == null || name.compareTo(first) < 0)) {
                first = name;
            }
        }
        return Optional.ofNullable(first);
    }

    private static boolean readByAny(Collection<Set<String>> readers, String name) {
        for (Set<String> reader : readers) {
            if (reader.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The identity of a captcha for one-time use: the headers its verifier read, by name, unambiguously joined.
     *
     * @param submission the submission the verifier was given
     * @param read the lower-case names of the headers the verifier read
     * @return the identity
     */
    static String identity(CaptchaSubmission submission, Set<String> read) {
        StringBuilder identity = new StringBuilder();
        for (String name : new TreeSet<>(read)) {
            // looking up a header that was read already changes nothing of what the submission recorded
            submission.header(name).ifPresent(value -> identity.append(name.length())
                    .append(':')
                    .append(name)
                    .append(value.length())
                    .append(':')
                    .append(value));
        }
        return identity.toString();
    }
}
