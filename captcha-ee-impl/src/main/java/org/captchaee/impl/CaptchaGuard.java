package org.captchaee.impl;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaError;
import org.captchaee.CaptchaEvent;
import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.adaptive.AdaptiveCounters;
import org.captchaee.impl.adaptive.Admission;
import org.captchaee.impl.adaptive.CallWatch;
import org.captchaee.impl.adaptive.MalformedKeyException;
import org.captchaee.impl.config.CaptchaConfiguration;
import org.captchaee.impl.config.CaptchaOperation;
import org.captchaee.impl.observe.GuardSignals;
import org.captchaee.impl.problem.LocalizedDeniedException;
import org.captchaee.impl.request.CaptchaHeaders;
import org.captchaee.impl.request.CaptchaRequest;
import org.captchaee.impl.request.ClientAddress;
import org.captchaee.impl.request.MalformedHeaderException;
import org.captchaee.impl.request.RequestReader;
import org.captchaee.impl.state.OutageLedger;
import org.captchaee.impl.state.SharedState;
import org.captchaee.impl.verify.CaptchaGate;
import org.captchaee.impl.verify.Decision;
import org.captchaee.spi.CaptchaSubmission;

/**
 * Enforces the captcha of one protected call: reads the request, lets the {@link CaptchaGate} decide, fires the
 * {@link CaptchaEvent}, and throws {@link CaptchaDeniedException} when the call may not run.
 */
@ApplicationScoped
public class CaptchaGuard {

    private final CaptchaExtension extension;
    private final RequestReader requests;
    private final Event<CaptchaEvent> events;
    private final CaptchaGate gate;
    private final AdaptiveCounters counters;

    /**
     * Creates a guard.
     *
     * @param extension holds the configuration resolved at deployment
     * @param requests reads the current request
     * @param events where the audit events go
     * @param store where the replay guard, the allow budget and the adaptive counts live
     * @param outages what is known of provider outages
     * @param signals this node's view of the guard, for health checks and metrics
     */
    @Inject
    public CaptchaGuard(
            CaptchaExtension extension,
            RequestReader requests,
            Event<CaptchaEvent> events,
            SharedState store,
            OutageLedger outages,
            GuardSignals signals) {
        this.extension = extension;
        this.requests = requests;
        this.events = events;
        this.gate = new CaptchaGate(
                name -> extension.configuration().verifier(name),
                store,
                outages,
                extension.configuration().settings().allowBudget(),
                signals);
        this.counters = new AdaptiveCounters(store);
    }

    /** For the CDI client proxy only. */
    protected CaptchaGuard() {
        this.extension = null;
        this.requests = null;
        this.events = null;
        this.gate = null;
        this.counters = null;
    }

    /**
     * Lets a protected call run, or refuses it.
     *
     * @param beanClass the class of the called bean
     * @param method the called method
     * @param arguments the call's arguments, where a {@code @CaptchaKey} may be
     * @return what watches the end of the call for the {@code afterFailures} trigger, unless the filter that sees the
     *     call's final status does
     * @throws CaptchaDeniedException when the call may not run
     */
    public CallWatch enforce(Class<?> beanClass, Method method, Object[] arguments) {
        CaptchaConfiguration configuration = extension.configuration();
        configuration.testMode().remind();
        CaptchaOperation operation = configuration
                .operation(beanClass, method)
                .orElseThrow(() -> new IllegalStateException("No captcha settings for " + beanClass.getName() + "#"
                        + method.getName() + ": was the class added to the deployment after it was validated?"));
        long start = System.nanoTime();
        CaptchaRequest request = requests.read();
        ClientAddress client =
                configuration.clientIps().resolve(request.peer(), request.forwarded(), request.xForwardedFor());
        String operationId = beanClass.getName() + "#" + method.getName();
        // the key only matters to the triggers: no body is read for it when every call needs a captcha anyway
        Optional<String> key;
        try {
            key = operation.triggers().always()
                    ? Optional.empty()
                    : operation.key().flatMap(reader -> reader.read(arguments));
        } catch (MalformedKeyException e) {
            // a key the library cannot read with certainty could hide the account the application reads
            throw new LocalizedDeniedException(e.error(), operation.verifier(), e.detail(), null);
        }
        boolean captchaSent = !request.captchaHeaders().isEmpty();
        Admission admission = counters.admit(operationId, operation.triggers(), client.stateKey(), key, captchaSent);
        if (admission.captchaRequired() || captchaSent) {
            check(operation, request, client, method, configuration, start);
        }
        if (operation.triggers().afterFailures() == 0) {
            return CallWatch.none();
        }
        CallWatch watch = new CallWatch(
                counters,
                operationId,
                operation.triggers(),
                client.stateKey(),
                key,
                operation.verifier(),
                admission.captchaRequired() || captchaSent,
                admission.places());
        if (requests.isMarked(CallWatch.FINAL_STATUS_SEEN)) {
            // the filter that sees the final status judges the call, after exception mappers and asynchronous ends
            requests.attach(CallWatch.REQUEST_ATTRIBUTE, watch);
            return CallWatch.none();
        }
        return watch;
    }

    private void check(
            CaptchaOperation operation,
            CaptchaRequest request,
            ClientAddress client,
            Method method,
            CaptchaConfiguration configuration,
            long start) {
        Decision decision = decide(operation, request, client, method);
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        events.fire(new CaptchaEvent(
                decision.verifier(),
                operation.scene(),
                decision.verdict(),
                latency,
                client.ip(),
                method,
                Instant.now()));
        if (decision.refusal().isPresent()) {
            CaptchaError error = decision.refusal().get();
            Duration retryAfter = error == CaptchaError.CAPTCHA_UNAVAILABLE
                    ? configuration.settings().retryAfter()
                    : null;
            throw new LocalizedDeniedException(error, decision.verifier(), decision.detail(), retryAfter);
        }
    }

    private Decision decide(CaptchaOperation operation, CaptchaRequest request, ClientAddress client, Method method) {
        Map<String, String> headers;
        try {
            headers = CaptchaHeaders.validate(request.captchaHeaders());
        } catch (MalformedHeaderException e) {
            return new Decision(
                    operation.verifier(),
                    Verdict.rejected(VerdictReason.MALFORMED, null),
                    CaptchaError.CAPTCHA_MALFORMED,
                    e.detail());
        }
        return gate.decide(
                operation,
                new CaptchaSubmission(headers, client.ip(), operation.scene(), request.userAgent(), method),
                client.stateKey());
    }
}
