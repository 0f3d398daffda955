package org.captchaee.impl.config;

import java.lang.reflect.Method;
import java.util.List;

import org.captchaee.RequiresCaptcha;

/** The names of every configuration key the library reads: one place, used by the code and by the tests. */
public final class ConfigKeys {

    /** The default verifier of protected methods. */
    public static final String VERIFIER = "captcha.verifier";
    /** The application-wide outage policy: allow, deny or fallback. */
    public static final String OUTAGE_POLICY = "captcha.outage.policy";
    /** The verifier asked when the policy is fallback. */
    public static final String OUTAGE_FALLBACK = "captcha.outage.fallback";
    /** Degraded passes per client IP per window under the policy allow; 0 for no bound. */
    public static final String ALLOW_BUDGET = "captcha.outage.allow-budget";
    /** Degraded passes in all per window under the policy allow; 0 for no bound. */
    public static final String ALLOW_BUDGET_GLOBAL = "captcha.outage.allow-budget-global";
    /** The window of the allow budget. */
    public static final String ALLOW_BUDGET_WINDOW = "captcha.outage.allow-budget-window";
    /** The Retry-After of 503 answers, in seconds. */
    public static final String OUTAGE_RETRY_AFTER = "captcha.outage.retry-after";
    /** The proxies whose forwarding header is believed, as CIDRs. */
    public static final String TRUSTED_PROXIES = "captcha.client-ip.trusted-proxies";
    /** The one forwarding header the trusted proxies write: X-Forwarded-For or Forwarded. */
    public static final String CLIENT_IP_HEADER = "captcha.client-ip.header";
    /** The prefix length that IPv6 clients share their per-IP state in. */
    public static final String IPV6_PREFIX = "captcha.client-ip.ipv6-prefix";
    /** Where the library's own endpoints (challenges of the built-in captchas) live, under the JAX-RS application. */
    public static final String ENDPOINTS_PATH = "captcha.endpoints.path";
    /** The entries the in-memory state store makes room for. */
    public static final String STORE_MAX_ENTRIES = "captcha.store.max-entries";
    /** Which state store keeps the shared state: {@code memory} or {@code redis}. */
    public static final String STORE = "captcha.store";
    /** Allows what accepts captchas nobody solved: the {@code test} verifier and the providers' published test keys. */
    public static final String TEST_MODE = "captcha.test-mode";

    private static final String ANNOTATION = RequiresCaptcha.class.getSimpleName();

    private ConfigKeys() {}

    /**
     * The keys that override one member of {@link RequiresCaptcha} for one method, most specific first, in the format of
     * MicroProfile Fault Tolerance.
     *
     * @param beanClass the class declaring or inheriting the method
     * @param method the protected method
     * @param member the annotation member, for example {@code verifier}
     * @return {@code <class>/<method>/RequiresCaptcha/<member>}, {@code <class>/RequiresCaptcha/<member>},
     *     {@code RequiresCaptcha/<member>}
     */
    public static List<String> memberOverrides(Class<?> beanClass, Method method, String member) {
        String className = beanClass.getName();
        return List.of(
                className + "/" + method.getName() + "/" + ANNOTATION + "/" + member,
                className + "/" + ANNOTATION + "/" + member,
                ANNOTATION + "/" + member);
    }
}
