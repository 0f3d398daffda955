package org.captchaee.impl.observe.health;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.inject.spi.BeanManager;

import org.captchaee.OutagePolicy;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigValues;
import org.captchaee.impl.observe.GuardSignals;
import org.captchaee.impl.runtime.CaptchaRuntime;
import org.captchaee.impl.runtime.RuntimeRegistry;
import org.captchaee.impl.state.OutageLedger;
import org.captchaee.impl.state.StoreSelection;
import org.captchaee.spi.CaptchaStateStore;
import org.captchaee.spi.StateStoreUnavailableException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Gathers the facts behind each readiness check when a probe asks: this node's view of the verifier
 * ({@link GuardSignals}), the cluster's ({@link OutageLedger}), the configuration resolved at deployment, and a ping of
 * the state store. It is no bean: each check builds one from references to the beans the registry saw discovered
 * (on Payara, neither a type the registry adds nor its bean manager resolves the library's beans by type).
 */
public class CaptchaReadiness {

    private final RuntimeRegistry registry;
    private final GuardSignals signals;
    private final OutageLedger outages;
    private final CaptchaStateStore store;
    private final String storeName;

    /**
     * Creates the readiness of the application.
     *
     * @param registry holds the runtime resolved at deployment
     * @param signals this node's view of each verifier
     * @param outages the cluster's view of provider outages
     * @param store the state store in use
     */
    public CaptchaReadiness(
            RuntimeRegistry registry, GuardSignals signals, OutageLedger outages, CaptchaStateStore store) {
        this.registry = registry;
        this.signals = signals;
        this.outages = outages;
        this.store = store;
        this.storeName = ConfigValues.text(ConfigProvider.getConfig(), ConfigKeys.STORE)
                .map(value -> value.trim().toLowerCase(Locale.ROOT))
                .orElse(StoreSelection.MEMORY);
    }

    /**
     * Builds the readiness from the application's beans.
     *
     * @param registry holds the runtime resolved at deployment
     * @param beanManager the application's bean manager, as the extension's observers get it
     * @param beans the beans the checks read, as discovered
     * @return the readiness
     */
    public static CaptchaReadiness lookUp(RuntimeRegistry registry, BeanManager beanManager, ReadinessBeans beans) {
        return new CaptchaReadiness(
                registry,
                beans.reference(beanManager, GuardSignals.class),
                beans.reference(beanManager, OutageLedger.class),
                beans.reference(beanManager, CaptchaStateStore.class));
    }

    /**
     * The readiness of one verifier in use.
     *
     * @param verifier the verifier's name
     * @return its response, named {@code captcha-<verifier>}
     */
    public HealthCheckResponse verifier(String verifier) {
        return ReadinessResponses.verifier(
                verifier,
                signals.status(verifier),
                VerifierUse.of(registry.runtime(), verifier),
                clusterOutage(verifier),
                registry.health().downOnOutage());
    }

    /**
     * The readiness of the state store, after one real round trip to it.
     *
     * @return its response, named {@code captcha-store}
     */
    public HealthCheckResponse store() {
        CaptchaRuntime configuration = registry.runtime();
        boolean someMethodDenies = configuration.operations().values().stream()
                .anyMatch(operation -> operation.outagePolicy() == OutagePolicy.DENY);
        return ReadinessResponses.store(
                storeName, pingFailure(), someMethodDenies, registry.health().downOnOutage());
    }

    private Optional<Boolean> clusterOutage(String verifier) {
        try {
            return Optional.of(outages.providerDown(verifier));
        } catch (RuntimeException storeCannotTell) {
            return Optional.empty();
        }
    }

    /** Why the store did not answer; a message only from the SPI's own exception, which is written for operators. */
    private Optional<String> pingFailure() {
        try {
            store.ping();
            return Optional.empty();
        } catch (StateStoreUnavailableException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            return Optional.of(e.getClass().getName());
        }
    }
}
