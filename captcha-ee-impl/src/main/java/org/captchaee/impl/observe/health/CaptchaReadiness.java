package org.captchaee.impl.observe.health;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;

import org.captchaee.OutagePolicy;
import org.captchaee.impl.CaptchaExtension;
import org.captchaee.impl.config.CaptchaConfiguration;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigValues;
import org.captchaee.impl.observe.GuardSignals;
import org.captchaee.impl.state.OutageLedger;
import org.captchaee.impl.state.StoreSelection;
import org.captchaee.spi.CaptchaStateStore;
import org.captchaee.spi.StateStoreUnavailableException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Gathers the facts behind each readiness check when a probe asks: this node's view of the verifier
 * ({@link GuardSignals}), the cluster's ({@link OutageLedger}), the configuration resolved at deployment, and a ping of
 * the state store. It is no bean: each check builds one from the application's beans, looked up through the bean
 * manager the extension was given (on Payara, a type the extension adds as a bean does not see the library's beans).
 */
public class CaptchaReadiness {

    private final CaptchaExtension extension;
    private final GuardSignals signals;
    private final OutageLedger outages;
    private final CaptchaStateStore store;
    private final String storeName;

    /**
     * Creates the readiness of the application.
     *
     * @param extension holds the configuration resolved at deployment and the health switches
     * @param signals this node's view of each verifier
     * @param outages the cluster's view of provider outages
     * @param store the state store in use
     */
    public CaptchaReadiness(
            CaptchaExtension extension, GuardSignals signals, OutageLedger outages, CaptchaStateStore store) {
        this.extension = extension;
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
     * @param extension holds the configuration resolved at deployment and the health switches
     * @param beanManager the application's bean manager, as the extension's observers get it
     * @return the readiness
     */
    public static CaptchaReadiness lookUp(CaptchaExtension extension, BeanManager beanManager) {
        Instance<Object> beans = beanManager.createInstance();
        return new CaptchaReadiness(
                extension,
                beans.select(GuardSignals.class).get(),
                beans.select(OutageLedger.class).get(),
                beans.select(CaptchaStateStore.class).get());
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
                VerifierUse.of(extension.configuration(), verifier),
                clusterOutage(verifier),
                extension.healthSettings().downOnOutage());
    }

    /**
     * The readiness of the state store, after one real round trip to it.
     *
     * @return its response, named {@code captcha-store}
     */
    public HealthCheckResponse store() {
        CaptchaConfiguration configuration = extension.configuration();
        boolean someMethodDenies = configuration.operations().values().stream()
                .anyMatch(operation -> operation.outagePolicy() == OutagePolicy.DENY);
        return ReadinessResponses.store(
                storeName,
                pingFailure(),
                someMethodDenies,
                extension.healthSettings().downOnOutage());
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
