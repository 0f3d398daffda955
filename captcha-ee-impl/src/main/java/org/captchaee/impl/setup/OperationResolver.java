package org.captchaee.impl.setup;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;

import org.captchaee.OutagePolicy;
import org.captchaee.RequiresCaptcha;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigProblems;
import org.captchaee.impl.key.KeyReader;
import org.captchaee.impl.runtime.CaptchaOperation;
import org.captchaee.impl.runtime.CaptchaSettings;
import org.captchaee.impl.runtime.Triggers;
import org.eclipse.microprofile.config.Config;

/**
 * Merges one method's {@link RequiresCaptcha} with its configuration overrides and the application-wide settings. The
 * most specific source wins: {@code <class>/<method>/RequiresCaptcha/<member>}, {@code <class>/RequiresCaptcha/<member>},
 * {@code RequiresCaptcha/<member>}, the annotation, then {@code captcha.verifier} or {@code captcha.outage.policy}.
 */
public final class OperationResolver {

    private static final String MEMBER_VERIFIER = "verifier";
    private static final String MEMBER_SCENE = "scene";
    private static final String MEMBER_ON_OUTAGE = "onOutage";
    private static final long MAX_COUNT = 1_000_000;
    private static final long MAX_WINDOW_SECONDS = Duration.ofDays(7).toSeconds();

    private final Config config;
    private final CaptchaSettings settings;
    private final ConfigProblems problems;

    /**
     * Creates a resolver.
     *
     * @param config the application's configuration
     * @param settings the application-wide settings
     * @param problems where errors are recorded
     */
    public OperationResolver(Config config, CaptchaSettings settings, ConfigProblems problems) {
        this.config = config;
        this.settings = settings;
        this.problems = problems;
    }

    /**
     * Resolves one protected method.
     *
     * @param beanClass the bean class whose method is called
     * @param method the method
     * @param binding the annotation on the method, or else on the class
     * @return the operation, or empty if it cannot be resolved (the reason is recorded)
     */
    public Optional<CaptchaOperation> resolve(Class<?> beanClass, Method method, RequiresCaptcha binding) {
        String where = beanClass.getName() + "#" + method.getName();
        Optional<String> verifier = verifier(beanClass, method, binding, where);
        String scene = override(beanClass, method, MEMBER_SCENE)
                .map(MemberOverride::value)
                .orElse(binding.scene());
        OutagePolicy policy = policy(beanClass, method, binding);
        Optional<String> fallback = policy == OutagePolicy.FALLBACK ? fallback(where) : Optional.empty();
        if (verifier.isEmpty() || (policy == OutagePolicy.FALLBACK && fallback.isEmpty())) {
            return Optional.empty();
        }
        if (fallback.isPresent() && fallback.get().equals(verifier.get())) {
            problems.add(ConfigKeys.OUTAGE_FALLBACK + "=" + fallback.get() + " is also the verifier of " + where
                    + ", so it would be down whenever that one is. Set " + ConfigKeys.OUTAGE_FALLBACK
                    + " to another verifier, or use the outage policy allow or deny there.");
            return Optional.empty();
        }
        return Optional.of(new CaptchaOperation(
                verifier.get(), scene, policy, fallback, triggers(beanClass, method, binding), key(method, where)));
    }

    private Triggers triggers(Class<?> beanClass, Method method, RequiresCaptcha binding) {
        return new Triggers(
                (int) number(beanClass, method, "afterFailures", binding.afterFailures(), 0, MAX_COUNT),
                Duration.ofSeconds(number(
                        beanClass,
                        method,
                        "failureWindowSeconds",
                        binding.failureWindowSeconds(),
                        1,
                        MAX_WINDOW_SECONDS)),
                (int) number(beanClass, method, "afterRequests", binding.afterRequests(), 0, MAX_COUNT),
                Duration.ofSeconds(number(
                        beanClass,
                        method,
                        "requestWindowSeconds",
                        binding.requestWindowSeconds(),
                        1,
                        MAX_WINDOW_SECONDS)));
    }

    /** A numeric member: its override if there is one, else the annotation's value; either must be within bounds. */
    private long number(Class<?> beanClass, Method method, String member, long annotated, long min, long max) {
        Optional<MemberOverride> override = override(beanClass, method, member);
        String source = override.map(MemberOverride::key)
                .orElse("@RequiresCaptcha(" + member + ") on " + beanClass.getName() + "#" + method.getName());
        String text = override.map(MemberOverride::value).map(String::trim).orElse(Long.toString(annotated));
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.invalid(source, text, "a whole number from " + min + " to " + max);
        return min;
    }

    private Optional<KeyReader> key(Method method, String where) {
        try {
            return KeyReader.of(method);
        } catch (IllegalArgumentException e) {
            problems.add("@CaptchaKey on " + where + ": " + e.getMessage() + ". Fix: name an existing property.");
            return Optional.empty();
        }
    }

    private Optional<String> verifier(Class<?> beanClass, Method method, RequiresCaptcha binding, String where) {
        Optional<MemberOverride> override = override(beanClass, method, MEMBER_VERIFIER);
        String name =
                override.map(MemberOverride::value).orElse(binding.verifier()).trim();
        String source = override.map(MemberOverride::key).orElse("@RequiresCaptcha(verifier) on " + where);
        if (name.isEmpty()) {
            if (settings.defaultVerifier().isEmpty()) {
                problems.add(ConfigKeys.VERIFIER + " is not set, and " + where + " names no verifier. Set "
                        + ConfigKeys.VERIFIER + " to the verifier to use (for example test during development), or"
                        + " name one with @RequiresCaptcha(verifier = ...).");
            }
            return settings.defaultVerifier();
        }
        if (!VerifierNames.isValid(name)) {
            problems.invalid(source, name, "the name of a verifier, " + VerifierNames.SYNTAX);
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private OutagePolicy policy(Class<?> beanClass, Method method, RequiresCaptcha binding) {
        Optional<MemberOverride> override = override(beanClass, method, MEMBER_ON_OUTAGE);
        OutagePolicy policy = binding.onOutage();
        if (override.isPresent()) {
            Optional<OutagePolicy> parsed =
                    SettingsReader.parsePolicy(override.get().value());
            if (parsed.isEmpty()) {
                problems.invalid(override.get().key(), override.get().value(), "DEFAULT, ALLOW, DENY, FALLBACK");
            } else {
                policy = parsed.get();
            }
        }
        return policy == OutagePolicy.DEFAULT ? settings.outagePolicy() : policy;
    }

    private Optional<String> fallback(String where) {
        if (settings.fallbackVerifier().isEmpty()) {
            problems.add("The outage policy of " + where + " is fallback, but " + ConfigKeys.OUTAGE_FALLBACK
                    + " is not set. Set it to the verifier to ask during an outage, or choose the outage policy allow"
                    + " or deny.");
        }
        return settings.fallbackVerifier();
    }

    private Optional<MemberOverride> override(Class<?> beanClass, Method method, String member) {
        for (String key : ConfigKeys.memberOverrides(beanClass, method, member)) {
            Optional<String> value = config.getOptionalValue(key, String.class);
            if (value.isPresent()) {
                return Optional.of(new MemberOverride(key, value.get()));
            }
        }
        return Optional.empty();
    }

    /** A configuration value that overrides an annotation member, with the key it came from. */
    private record MemberOverride(String key, String value) {}
}
