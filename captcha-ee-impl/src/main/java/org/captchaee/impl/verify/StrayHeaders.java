package org.captchaee.impl.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.captchaee.impl.runtime.AllowBudget;
import org.captchaee.impl.runtime.CaptchaOperation;

/**
 * Finds the captcha headers of a request that no verifier of its endpoint reads: the endpoint's own, the fallback under
 * the policy fallback, the allow budget's fallback under allow. Such a header could make one solved captcha look new, so
 * the request is refused. When every one of them declares its headers the check is made before any is asked; otherwise
 * after a pass, with the headers the deciding verifier looked up.
 */
final class StrayHeaders {

    private final Function<String, Set<String>> declared;
    private final AllowBudget budget;

    /**
     * Creates the check.
     *
     * @param declared the lower-case headers each verifier, by name, declares; empty when it declares none
     * @param budget the allow budget, whose fallback verifier also decides under the policy allow
     */
    StrayHeaders(Function<String, Set<String>> declared, AllowBudget budget) {
        this.declared = declared;
        this.budget = budget;
    }

    /**
     * A header that no verifier of the endpoint declares, when all of them declare theirs.
     *
     * @param operation the endpoint
     * @param sent the captcha headers of the request, by lower-case name
     * @return the name of such a header
     */
    Optional<String> beforeAsking(CaptchaOperation operation, Map<String, String> sent) {
        return unread(sent, declaredBy(operation, null));
    }

    /**
     * A header that neither the verifier that passed the captcha read nor any other verifier of the endpoint declares,
     * when those others all declare theirs.
     *
     * @param operation the endpoint
     * @param sent the captcha headers of the request, by lower-case name
     * @param verifier the name of the verifier that passed the captcha
     * @param read the lower-case names of the headers it read
     * @return the name of such a header
     */
    Optional<String> afterPass(
            CaptchaOperation operation, Map<String, String> sent, String verifier, Set<String> read) {
        Optional<List<Set<String>>> others = declaredBy(operation, verifier);
        return unread(sent, others.map(readers -> {
            List<Set<String>> all = new ArrayList<>(readers);
            all.add(read);
            return all;
        }));
    }

    /** The headers each verifier of the endpoint but one declares; empty when one of them declares none. */
    private Optional<List<Set<String>>> declaredBy(CaptchaOperation operation, String leftOut) {
        List<Set<String>> readers = new ArrayList<>(3);
        for (String name : deciders(operation)) {
            if (name.equals(leftOut)) {
                continue;
            }
            Set<String> headers = declared.apply(name);
            if (headers.isEmpty()) {
                return Optional.empty();
            }
            readers.add(headers);
        }
        return Optional.of(readers);
    }

    private List<String> deciders(CaptchaOperation operation) {
        Optional<String> second =
                switch (operation.outagePolicy()) {
                    case FALLBACK -> operation.fallbackVerifier();
                    case ALLOW -> budget.fallbackVerifier();
                        // only the endpoint's own verifier decides
                    default -> Optional.empty();
                };
        return second.filter(name -> !name.equals(operation.verifier()))
                .map(name -> List.of(operation.verifier(), name))
                .orElseGet(() -> List.of(operation.verifier()));
    }

    private static Optional<String> unread(Map<String, String> sent, Optional<List<Set<String>>> readers) {
        return readers.flatMap(known -> HeaderUse.unread(sent, known));
    }
}
