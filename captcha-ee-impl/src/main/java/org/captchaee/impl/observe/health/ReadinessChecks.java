package org.captchaee.impl.observe.health;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;

import org.captchaee.impl.runtime.RuntimeRegistry;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Registers the readiness checks with CDI, where MicroProfile Health finds them: one synthetic {@code @Readiness}
 * {@link HealthCheck} bean per verifier in use and one for the state store (MicroProfile Health takes one response
 * from each check bean, so one bean could not give each verifier its own status). Synthetic beans reach every
 * supported server's implementation: WildFly selects {@code @Readiness HealthCheck} beans when the deployment
 * validates, Payara observes their {@code ProcessBean} events, Liberty looks them up at each probe. Only the extension
 * calls this class, and only where the MicroProfile Health API loads.
 */
public final class ReadinessChecks {

    private ReadinessChecks() {}

    /**
     * Adds one check per verifier and one for the store.
     *
     * @param event the event of the extension
     * @param registry holds the runtime resolved at deployment
     * @param beanManager the bean manager of the extension's observer
     * @param beans the beans the checks read, as discovered
     * @param verifiers the names of the verifiers in use
     * @return the names of the checks added
     */
    public static List<String> addChecks(
            AfterBeanDiscovery event,
            RuntimeRegistry registry,
            BeanManager beanManager,
            ReadinessBeans beans,
            Collection<String> verifiers) {
        Supplier<CaptchaReadiness> readiness = () -> CaptchaReadiness.lookUp(registry, beanManager, beans);
        List<String> names = new ArrayList<>();
        for (String verifier : verifiers) {
            names.add(add(
                    event, registry, readiness, ReadinessResponses.name(verifier), check -> check.verifier(verifier)));
        }
        names.add(add(event, registry, readiness, ReadinessResponses.STORE, CaptchaReadiness::store));
        return names;
    }

    private static String add(
            AfterBeanDiscovery event,
            RuntimeRegistry registry,
            Supplier<CaptchaReadiness> readiness,
            String name,
            Function<CaptchaReadiness, HealthCheckResponse> answer) {
        event.addBean()
                .id(ReadinessCheck.class.getName() + "#" + name)
                .beanClass(ReadinessCheck.class)
                .types(HealthCheck.class, Object.class)
                .qualifiers(Readiness.Literal.INSTANCE, Any.Literal.INSTANCE)
                .scope(Dependent.class)
                .produceWith(beans -> new ReadinessCheck(name, registry::installed, readiness, answer));
        return name;
    }
}
