package org.captchaee.impl;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.interceptor.Interceptor;

import org.captchaee.CaptchaDefinitionException;
import org.captchaee.RequiresCaptcha;
import org.captchaee.impl.config.CaptchaConfiguration;
import org.captchaee.impl.config.CaptchaOperation;
import org.captchaee.impl.config.CaptchaSettings;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigProblems;
import org.captchaee.impl.config.FaultToleranceOrder;
import org.captchaee.impl.config.OperationKey;
import org.captchaee.impl.config.OperationResolver;
import org.captchaee.impl.config.SettingsReader;
import org.captchaee.impl.observe.MetricsBackend;
import org.captchaee.impl.request.ClientIpResolver;
import org.captchaee.impl.state.StoreSelection;
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
    private volatile CaptchaConfiguration configuration;

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
        Arrays.stream(MetricsBackend.values()).forEach(backend -> backend.check(config, problems));
        VerifierCatalog catalog = new VerifierCatalog(verifierBeans, beanManager, problems);
        checkVerifiers(catalog, settings, operations);
        if (!problems.isEmpty()) {
            problems.messages()
                    .forEach(message -> event.addDeploymentProblem(
                            new CaptchaDefinitionException("Invalid captcha configuration: " + message)));
            return;
        }
        configuration = new CaptchaConfiguration(
                settings,
                operations,
                new ClientIpResolver(settings.trustedProxies(), settings.clientIpHeader(), settings.ipv6Prefix()),
                catalog.resolved());
        LOG.info(() -> "CAPTCHA-I001 captcha-ee protects " + operations.size() + " method(s); default verifier "
                + settings.defaultVerifier().orElse("(none)") + ", outage policy "
                + settings.outagePolicy().configValue() + ".");
    }

    /**
     * The configuration resolved at deployment.
     *
     * @return the configuration
     * @throws IllegalStateException if the deployment did not validate
     */
    public CaptchaConfiguration configuration() {
        CaptchaConfiguration resolved = configuration;
        if (resolved == null) {
            throw new IllegalStateException("captcha-ee was not initialised: the deployment failed validation");
        }
        return resolved;
    }

    private static void checkVerifiers(
            VerifierCatalog catalog, CaptchaSettings settings, Map<OperationKey, CaptchaOperation> operations) {
        Map<String, String> sources = new LinkedHashMap<>();
        settings.defaultVerifier().ifPresent(name -> sources.put(name, ConfigKeys.VERIFIER));
        settings.fallbackVerifier().ifPresent(name -> sources.putIfAbsent(name, ConfigKeys.OUTAGE_FALLBACK));
        operations.forEach((key, operation) -> sources.putIfAbsent(
                operation.verifier(),
                "@RequiresCaptcha(verifier) of " + key.beanClass().getName() + "#"
                        + key.method().getName()));
        sources.forEach((name, source) -> catalog.check(name, source));
    }

    private static boolean isInterceptable(Method method) {
        int modifiers = method.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isPrivate(modifiers) && !method.isSynthetic();
    }
}
