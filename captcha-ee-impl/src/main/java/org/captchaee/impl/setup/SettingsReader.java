package org.captchaee.impl.setup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.captchaee.OutagePolicy;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigProblems;
import org.captchaee.impl.config.ConfigReader;
import org.captchaee.impl.config.ConfigValues;
import org.captchaee.impl.request.Cidr;
import org.captchaee.impl.request.ForwardingHeader;
import org.captchaee.impl.runtime.AllowBudget;
import org.captchaee.impl.runtime.CaptchaSettings;
import org.eclipse.microprofile.config.Config;

/** Reads and validates the application-wide settings from MicroProfile Config. */
public final class SettingsReader {

    private static final String POLICIES = "allow, deny, fallback";
    private static final long MAX_RETRY_AFTER_SECONDS = 86_400;
    private static final Pattern ENDPOINTS_PATH = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");
    private static final int MIN_STORE_ENTRIES = 1_000;
    private static final long MAX_BUDGET = 1_000_000_000;
    private static final int MAX_STORE_ENTRIES = 100_000_000;
    private static final int MIN_IPV6_PREFIX = 32;
    private static final int MAX_IPV6_PREFIX = 128;

    private final Config config;
    private final ConfigProblems problems;
    private final ConfigReader numbers;

    /**
     * Creates a reader.
     *
     * @param config the application's configuration
     * @param problems where errors are recorded
     */
    public SettingsReader(Config config, ConfigProblems problems) {
        this.config = config;
        this.problems = problems;
        this.numbers = new ConfigReader(config, problems::add);
    }

    /**
     * Reads the settings; invalid values are recorded as problems and replaced by their defaults.
     *
     * @return the settings
     */
    public CaptchaSettings read() {
        Optional<String> fallback = verifierName(ConfigKeys.OUTAGE_FALLBACK);
        return new CaptchaSettings(
                verifierName(ConfigKeys.VERIFIER),
                outagePolicy(),
                fallback,
                retryAfter(),
                trustedProxies(),
                clientIpHeader(),
                ipv6Prefix(),
                storeMaxEntries(),
                endpointsPath(),
                allowBudget(fallback),
                testMode());
    }

    private boolean testMode() {
        return numbers.choice(ConfigKeys.TEST_MODE, false, SettingsReader::parseBoolean, "true, false");
    }

    private static Optional<Boolean> parseBoolean(String value) {
        String trimmed = value.trim();
        if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
            return Optional.of(Boolean.valueOf(trimmed));
        }
        return Optional.empty();
    }

    private AllowBudget allowBudget(Optional<String> fallback) {
        return new AllowBudget(
                numbers.wholeNumber(ConfigKeys.ALLOW_BUDGET, 0, MAX_BUDGET, AllowBudget.DEFAULT_PER_CLIENT),
                numbers.wholeNumber(ConfigKeys.ALLOW_BUDGET_GLOBAL, 0, MAX_BUDGET, 0),
                numbers.duration(
                        ConfigKeys.ALLOW_BUDGET_WINDOW,
                        AllowBudget.DEFAULT_WINDOW,
                        Duration.ofSeconds(1),
                        Duration.ofDays(1)),
                fallback);
    }

    private Optional<String> verifierName(String key) {
        Optional<String> name = text(key);
        if (name.isPresent() && !VerifierNames.isValid(name.get())) {
            problems.invalid(key, name.get(), "the name of a verifier, " + VerifierNames.SYNTAX);
            return Optional.empty();
        }
        return name;
    }

    private OutagePolicy outagePolicy() {
        Optional<String> value = text(ConfigKeys.OUTAGE_POLICY);
        if (value.isEmpty()) {
            return CaptchaSettings.DEFAULT_OUTAGE_POLICY;
        }
        Optional<OutagePolicy> policy = parsePolicy(value.get());
        if (policy.isEmpty() || policy.get() == OutagePolicy.DEFAULT) {
            problems.invalid(ConfigKeys.OUTAGE_POLICY, value.get(), POLICIES);
            return CaptchaSettings.DEFAULT_OUTAGE_POLICY;
        }
        return policy.get();
    }

    private Duration retryAfter() {
        return Duration.ofSeconds(numbers.wholeNumber(
                ConfigKeys.OUTAGE_RETRY_AFTER,
                1,
                MAX_RETRY_AFTER_SECONDS,
                CaptchaSettings.DEFAULT_RETRY_AFTER.toSeconds()));
    }

    private int storeMaxEntries() {
        return (int) numbers.wholeNumber(
                ConfigKeys.STORE_MAX_ENTRIES,
                MIN_STORE_ENTRIES,
                MAX_STORE_ENTRIES,
                CaptchaSettings.DEFAULT_STORE_MAX_ENTRIES);
    }

    private String endpointsPath() {
        Optional<String> value = text(ConfigKeys.ENDPOINTS_PATH);
        if (value.isEmpty()) {
            return CaptchaSettings.DEFAULT_ENDPOINTS_PATH;
        }
        String path = value.get().replaceAll("^/+|/+$", "");
        if (!ENDPOINTS_PATH.matcher(path).matches()) {
            problems.invalid(
                    ConfigKeys.ENDPOINTS_PATH,
                    value.get(),
                    "a path under the JAX-RS application such as captcha or auth/captcha (letters, digits, '-', '_',"
                            + " '.', segments separated by '/')");
            return CaptchaSettings.DEFAULT_ENDPOINTS_PATH;
        }
        return path;
    }

    private List<Cidr> trustedProxies() {
        List<String> values = config.getOptionalValues(ConfigKeys.TRUSTED_PROXIES, String.class)
                .orElse(List.of());
        List<Cidr> proxies = new ArrayList<>();
        for (String value : values) {
            String trimmed = value.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            Optional<Cidr> cidr = Cidr.parse(trimmed);
            if (cidr.isPresent()) {
                proxies.add(cidr.get());
            } else {
                problems.invalid(
                        ConfigKeys.TRUSTED_PROXIES,
                        trimmed,
                        "a comma-separated list of IP addresses or CIDR blocks, such as 10.0.0.0/8, 2001:db8::/32");
            }
        }
        return proxies;
    }

    private ForwardingHeader clientIpHeader() {
        return numbers.choice(
                ConfigKeys.CLIENT_IP_HEADER,
                CaptchaSettings.DEFAULT_CLIENT_IP_HEADER,
                ForwardingHeader::parse,
                "X-Forwarded-For (what nginx, HAProxy, AWS ALB and most ingress controllers write) or Forwarded (RFC"
                        + " 7239): name the one header your trusted proxies write");
    }

    private int ipv6Prefix() {
        return (int) numbers.wholeNumber(
                ConfigKeys.IPV6_PREFIX, MIN_IPV6_PREFIX, MAX_IPV6_PREFIX, CaptchaSettings.DEFAULT_IPV6_PREFIX);
    }

    private Optional<String> text(String key) {
        return ConfigValues.text(config, key);
    }

    /**
     * Parses a policy as written in configuration, ignoring case.
     *
     * @param value for example {@code deny}
     * @return the policy, if the value names one
     */
    static Optional<OutagePolicy> parsePolicy(String value) {
        for (OutagePolicy policy : OutagePolicy.values()) {
            if (policy.name().equals(value.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }
}
