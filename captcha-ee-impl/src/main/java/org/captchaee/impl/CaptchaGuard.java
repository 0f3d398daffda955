package org.captchaee.impl;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import org.captchaee.CaptchaDeniedException;
import org.captchaee.CaptchaError;
import org.captchaee.CaptchaEvent;
import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.adaptive.AdaptiveCounters;
import org.captchaee.impl.adaptive.Admission;
import org.captchaee.impl.adaptive.CallWatch;
import org.captchaee.impl.key.MalformedKeyException;
import org.captchaee.impl.observe.GuardSignals;
import org.captchaee.impl.problem.LocalizedDeniedException;
import org.captchaee.impl.request.CaptchaHeaders;
import org.captchaee.impl.request.CaptchaRequest;
import org.captchaee.impl.request.ClientAddress;
import org.captchaee.impl.request.MalformedHeaderException;
import org.captchaee.impl.request.RequestReader;
import org.captchaee.impl.runtime.CaptchaOperation;
import org.captchaee.impl.runtime.CaptchaRuntime;
import org.captchaee.impl.runtime.RuntimeRegistry;
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

    private final CaptchaRuntime runtime;
    private final RequestReader requests;
    private final CallEvents events;
    private final CaptchaGate gate;
    private final AdaptiveCounters counters;
    private final GuardSignals signals;

    /**
     * Creates a guard.
     *
     * @param registry holds the runtime resolved at deployment
     * @param requests reads the current request
     * @param events where the audit events go
     * @param beans resolves the events' observers
     * @param store where the replay guard, the allow budget and the adaptive counts live
     * @param outages what is known of provider outages
     * @param signals this node's view of the guard, for health checks and metrics
     */
    @Inject
    public CaptchaGuard(
            RuntimeRegistry registry,
            RequestReader requests,
            Event<CaptchaEvent> events,
            BeanManager beans,
            SharedState store,
            OutageLedger outages,
            GuardSignals signals) {
        // resolved when the deployment validated, before any call: read once, not through the registry on each call
        this.runtime = registry.runtime();
        this.requests = requests;
        this.events = new CallEvents(events, beans);
        this.gate = new CaptchaGate(
                runtime::verifier, store, outages, runtime.settings().allowBudget(), signals);
        this.counters = new AdaptiveCounters(store);
        this.signals = signals;
    }

    /** For the CDI client proxy only. */
    protected CaptchaGuard() {
        this.runtime = null;
        this.requests = null;
        this.events = null;
        this.gate = null;
        this.counters = null;
        this.signals = null;
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
        runtime.testMode().remind();
        CaptchaOperation operation = runtime.operation(beanClass, method)
                .orElseThrow(() -> new IllegalStateException("No captcha settings for " + beanClass.getName() + "#"
                        + method.getName() + ": was the class added to the deployment after it was validated?"));
        long start = System.nanoTime();
        CaptchaRequest request = requests.read();
        ClientAddress client =
                runtime.clientIps().resolve(request.peer(), request.forwarded(), request.xForwardedFor());
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
        if (operation.triggers().always()) {
            check(operation, request, client, method, start);
            return CallWatch.none();
        }
        String operationId = beanClass.getName() + "#" + method.getName();
        Admission admission = counters.admit(operationId, operation.triggers(), client.stateKey(), key, captchaSent);
        if (admission.captchaRequired() || captchaSent) {
            check(operation, request, client, method, start);
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
            CaptchaOperation operation, CaptchaRequest request, ClientAddress client, Method method, long start) {
        Decision decision = decide(operation, request, client, method);
        long latencyNanos = System.nanoTime() - start;
        if (decision.verdict().degraded()) {
            signals.degradedPass(decision.verifier());
        }
        events.fire(() -> new CaptchaEvent(
                decision.verifier(),
                operation.scene(),
                decision.verdict(),
                Duration.ofNanos(latencyNanos),
                client.ip(),
                method,
                Instant.now()));
        if (decision.refusal().isPresent()) {
            CaptchaError error = decision.refusal().get();
            Duration retryAfter = error == CaptchaError.CAPTCHA_UNAVAILABLE
                    ? runtime.settings().retryAfter()
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
