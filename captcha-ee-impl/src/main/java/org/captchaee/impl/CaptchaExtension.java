package org.captchaee.impl;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.RequiresCaptcha;
import org.captchaee.impl.config.ConfigProblems;
import org.captchaee.impl.config.ConfigReader;
import org.captchaee.impl.log.MessageIds;
import org.captchaee.impl.observe.MetricsBackend;
import org.captchaee.impl.observe.health.ReadinessBeans;
import org.captchaee.impl.observe.health.ReadinessChecks;
import org.captchaee.impl.request.ClientIpResolver;
import org.captchaee.impl.runtime.CaptchaOperation;
import org.captchaee.impl.runtime.CaptchaRuntime;
import org.captchaee.impl.runtime.CaptchaSettings;
import org.captchaee.impl.runtime.HealthSettings;
import org.captchaee.impl.runtime.OperationKey;
import org.captchaee.impl.runtime.RuntimeRegistry;
import org.captchaee.impl.setup.FaultToleranceOrder;
import org.captchaee.impl.setup.HealthSettingsReader;
import org.captchaee.impl.setup.MetricsAdapters;
import org.captchaee.impl.setup.MicroProfileConfigCheck;
import org.captchaee.impl.setup.OperationResolver;
import org.captchaee.impl.setup.SettingsReader;
import org.captchaee.impl.setup.VerifierCatalog;
import org.captchaee.impl.setup.VerifierSources;
import org.captchaee.impl.state.StoreSelection;
import org.captchaee.impl.testmode.TestMode;
import org.captchaee.impl.testmode.TestModeCheck;
import org.captchaee.spi.CaptchaVerifier;
import org.captchaee.spi.VerifierName;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Finds every method protected by {@link RequiresCaptcha} while the application deploys, resolves its settings once, and
 * fails the deployment with one message per problem when the configuration is unusable.
 */
public class CaptchaExtension implements Extension {

    private static final Logger LOG = Logger.getLogger(CaptchaExtension.class.getName());

    private final Map<OperationKey, RequiresCaptcha> bindings = new ConcurrentHashMap<>();
    private final Map<String, List<Bean<?>>> verifierBeans = new ConcurrentHashMap<>();
    private final List<String> healthProblems = new CopyOnWriteArrayList<>();
    private final ReadinessBeans readinessBeans = new ReadinessBeans();
    private volatile RuntimeRegistry registry = new RuntimeRegistry(new HealthSettings(false, false));

    /**
     * Fails the deployment first thing, naming what to do, where MicroProfile Config is missing: every other observer
     * reads keys.
     */
    void requireMicroProfileConfig(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) BeforeBeanDiscovery event) {
        MicroProfileConfigCheck.require(CaptchaExtension.class.getClassLoader());
    }

    /**
     * Reads the health switches before discovery, as SmallRye Fault Tolerance picks its metrics: the checks exist only
     * where the MicroProfile Health API loads, and nothing touches that API elsewhere.
     */
    void readHealthSettings(@Observes BeforeBeanDiscovery event) {
        ConfigReader reader = new ConfigReader(ConfigProvider.getConfig(), healthProblems::add);
        registry = new RuntimeRegistry(HealthSettingsReader.read(reader, CaptchaExtension.class.getClassLoader()));
    }

    /** Registers the one holder of the runtime, which the deployment's validation fills. */
    void registerRuntime(@Observes AfterBeanDiscovery event) {
        RuntimeRegistry holder = registry;
        event.addBean()
                .beanClass(RuntimeRegistry.class)
                .types(RuntimeRegistry.class, Object.class)
                .scope(Singleton.class)
                .createWith(context -> holder);
    }

    /** Adds one readiness check per verifier in use, and one for the state store. */
    void addReadinessChecks(@Observes AfterBeanDiscovery event, BeanManager beanManager) {
        if (registry.health().enabled()) {
            List<String> checks =
                    ReadinessChecks.addChecks(event, registry, beanManager, readinessBeans, verifiersInUse());
            LOG.info(() -> MessageIds.CORE_READINESS_CHECKS + " captcha-ee readiness checks for MicroProfile Health: "
                    + String.join(", ", checks) + ".");
        }
    }

    /** Adds the metrics adapter of each metrics API the server makes visible, unless switched off. */
    void addMetricsAdapters(@Observes BeforeBeanDiscovery event) {
        MetricsAdapters.add(event, ConfigProvider.getConfig());
    }

    void collect(@Observes ProcessManagedBean<?> event) {
        AnnotatedType<?> type = event.getAnnotatedBeanClass();
        if (type.isAnnotationPresent(Interceptor.class)) {
            return;
        }
        RequiresCaptcha onClass = type.getAnnotation(RequiresCaptcha.class);
        for (AnnotatedMethod<?> annotated : type.getMethods()) {
            RequiresCaptcha binding = annotated.isAnnotationPresent(RequiresCaptcha.class)
                    ? annotated.getAnnotation(RequiresCaptcha.class)
                    : onClass;
            Method method = annotated.getJavaMember();
            if (binding != null && isInterceptable(method)) {
                bindings.put(new OperationKey(type.getJavaClass(), method), binding);
            }
        }
    }

    void collectVerifier(@Observes ProcessBean<?> event) {
        Bean<?> bean = event.getBean();
        readinessBeans.offer(bean);
        if (!bean.getTypes().contains(CaptchaVerifier.class)) {
            return;
        }
        bean.getQualifiers().stream()
                .filter(VerifierName.class::isInstance)
                .map(qualifier -> ((VerifierName) qualifier).value())
                .forEach(name -> verifierBeans
                        .computeIfAbsent(name, n -> new CopyOnWriteArrayList<>())
                        .add(bean));
    }

    void validate(@Observes AfterDeploymentValidation event, BeanManager beanManager) {
        Config config = ConfigProvider.getConfig();
        ConfigProblems problems = new ConfigProblems();
        healthProblems.forEach(problems::add);
        CaptchaSettings settings = new SettingsReader(config, problems).read();
        OperationResolver resolver = new OperationResolver(config, settings, problems);
        Map<OperationKey, CaptchaOperation> operations = new LinkedHashMap<>();
        FaultToleranceOrder faultTolerance = new FaultToleranceOrder(config, CaptchaInterceptor.PRIORITY, problems);
        bindings.forEach((key, binding) -> {
            resolver.resolve(key.beanClass(), key.method(), binding)
                    .ifPresent(operation -> operations.put(key, operation));
            faultTolerance.check(key.beanClass(), key.method(), problems);
        });
        StoreSelection.check(config, StoreSelection.storeInUse(beanManager), problems);
        // a loop, not a lambda: a lambda capturing the Config would put its type in a method signature of this class,
        // and a CDI container that cannot load the type ignores the whole extension (MicroProfileConfigCheck)
        for (MetricsBackend backend : MetricsBackend.values()) {
            backend.check(config, problems);
        }
        VerifierCatalog catalog = new VerifierCatalog(verifierBeans, beanManager, problems);
        Map<String, String> verifiersInUse = VerifierSources.of(settings, operations);
        verifiersInUse.forEach(catalog::check);
        TestModeCheck.check(settings.testMode(), verifiersInUse, catalog.testOnly(), problems);
        if (!problems.isEmpty()) {
            problems.messages()
                    .forEach(message -> event.addDeploymentProblem(
                            new CaptchaDefinitionException("Invalid captcha configuration: " + message)));
            return;
        }
        CaptchaRuntime runtime = new CaptchaRuntime(
                settings,
                operations,
                new ClientIpResolver(settings.trustedProxies(), settings.clientIpHeader(), settings.ipv6Prefix()),
                catalog.resolved(),
                TestMode.of(settings.testMode()));
        registry.install(runtime);
        runtime.testMode().remind();
        LOG.info(() -> MessageIds.CORE_PROTECTING + " captcha-ee protects " + operations.size()
                + " method(s); default verifier "
                + settings.defaultVerifier().orElse("(none)") + ", outage policy "
                + settings.outagePolicy().configValue() + ".");
    }

    /**
     * The verifiers the deployment will use, before it validates; {@link #validate} reports any problem on the way.
     */
    private Set<String> verifiersInUse() {
        Config config = ConfigProvider.getConfig();
        ConfigProblems reportedLater = new ConfigProblems();
        CaptchaSettings settings = new SettingsReader(config, reportedLater).read();
        OperationResolver resolver = new OperationResolver(config, settings, reportedLater);
        Map<OperationKey, CaptchaOperation> operations = new LinkedHashMap<>();
        bindings.forEach((key, binding) -> resolver.resolve(key.beanClass(), key.method(), binding)
                .ifPresent(operation -> operations.put(key, operation)));
        return VerifierSources.of(settings, operations).keySet();
    }

    private static boolean isInterceptable(Method method) {
        int modifiers = method.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isPrivate(modifiers) && !method.isSynthetic();
    }
}
