package org.captchaee.impl.observe.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.captchaee.VerdictReason;
import org.captchaee.impl.observe.ProviderState;
import org.captchaee.impl.observe.VerifierStatus;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;

/**
 * The readiness responses and their rules, apart from where the facts come from. A provider outage is DOWN only when
 * the operator asks for it ({@code captcha.health.down-on-outage}): the outage policies {@code allow} and
 * {@code fallback} keep the business running, and {@code deny} answers 503 by design. A store that cannot answer is
 * DOWN when some protected method uses {@code deny} (its calls fail) or when the operator asks for it.
 */
final class ReadinessResponses {

    /** The prefix of every check's name. */
    static final String PREFIX = "captcha-";

    /** The name of the store's check. */
    static final String STORE = PREFIX + "store";

    private ReadinessResponses() {}

    /**
     * The name of a verifier's check.
     *
     * @param verifier the verifier's name
     * @return {@code captcha-<verifier>}
     */
    static String name(String verifier) {
        return PREFIX + verifier;
    }

    /**
     * A verifier's readiness.
     *
     * @param verifier the verifier's name
     * @param status what this node saw of its provider
     * @param use how the application uses it
     * @param clusterOutage whether any node saw its provider fail within the window; empty when the store cannot tell
     * @param downOnOutage {@code captcha.health.down-on-outage}
     * @return the response
     */
    static HealthCheckResponse verifier(
            String verifier,
            VerifierStatus status,
            VerifierUse use,
            Optional<Boolean> clusterOutage,
            boolean downOnOutage) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("state", status.state().label());
        status.since().ifPresent(since -> data.put("since", since.toString()));
        status.lastOutageReason().map(VerdictReason::code).ifPresent(reason -> data.put("last_outage_reason", reason));
        status.lastOutageCode().ifPresent(code -> data.put("last_outage_code", code));
        data.put("degraded_passes_2m", status.degradedPasses());
        String policies = use.policiesText();
        if (!policies.isEmpty()) {
            data.put("outage_policy", policies);
        }
        data.put("fallback", use.fallback());
        clusterOutage.ifPresent(down -> data.put("cluster_outage", down));
        boolean down = downOnOutage && status.state() != ProviderState.UP;
        return new HealthCheckResponse(name(verifier), down ? Status.DOWN : Status.UP, Optional.of(data));
    }

    /**
     * The state store's readiness.
     *
     * @param store the store in use: {@code memory}, {@code redis} or the class of the application's own
     * @param failure why the store did not answer its ping; empty when it answered
     * @param someMethodDenies whether a protected method uses the outage policy {@code deny}
     * @param downOnOutage {@code captcha.health.down-on-outage}
     * @return the response
     */
    static HealthCheckResponse store(
            String store, Optional<String> failure, boolean someMethodDenies, boolean downOnOutage) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("store", store);
        data.put("reachable", failure.isEmpty());
        failure.ifPresent(reason -> data.put("error", reason));
        boolean down = failure.isPresent() && (someMethodDenies || downOnOutage);
        return new HealthCheckResponse(STORE, down ? Status.DOWN : Status.UP, Optional.of(data));
    }
}
