package org.captchaee.impl.log;

/**
 * The catalogue of log message ids: every message captcha-ee logs starts with one, so that operators can search for it
 * and look it up in the table of docs/reference/messages.md ("Log messages"). The letter is the level (E: SEVERE, W:
 * WARNING, I: INFO); the number's range is the area, and each constant's name starts with its area:
 *
 * <ul>
 * <li>{@code CORE_}: 000-099, the library itself (deployment, the decision of each call, the in-memory store);</li>
 * <li>{@code TENCENT_}: 100-109, Tencent Cloud Captcha;</li>
 * <li>{@code SITEVERIFY_}: 110-119, reCAPTCHA, hCaptcha and Turnstile;</li>
 * <li>{@code ALIYUN_}: 200-299, Alibaba Cloud Captcha;</li>
 * <li>{@code STORE_}: 300-399, state stores in modules of their own, which declare their ids themselves (the Redis
 *     store in {@code org.captchaee.redis.RedisMessageIds}, since that module sees only the API); the test of this
 *     catalogue checks them too.</li>
 * </ul>
 *
 * <p>An id never changes its meaning, since operators search for it. To add a message: take the next free number of
 * its area, add one constant here whose Javadoc says when it is logged and what the operator should do, and a row to
 * the table of docs/reference/messages.md.
 */
public final class MessageIds {

    /** At deployment, INFO: how many methods are protected, the default verifier and outage policy. Nothing to do. */
    public static final String CORE_PROTECTING = "CAPTCHA-I001";

    /**
     * On a call, SEVERE: a verifier returned no verdict, so the captcha was rejected. Fix the verifier (an application's
     * own, or report it for a built-in one).
     */
    public static final String CORE_NO_VERDICT = "CAPTCHA-E001";

    /**
     * On a call, SEVERE, with the stack trace: a verifier threw an unexpected exception, so the captcha was rejected.
     * Fix the verifier (an application's own, or report it for a built-in one).
     */
    public static final String CORE_VERIFIER_FAILED = "CAPTCHA-E002";

    /**
     * On a call, SEVERE, at most once a minute: the state store is unavailable (calls follow their outage policy), or
     * cannot keep the mark that makes a captcha pass once (the call is refused with 503). Bring the store back, or give
     * it room ({@code captcha.store.max-entries}, the Redis pool).
     */
    public static final String CORE_STORE_UNAVAILABLE = "CAPTCHA-E003";

    /**
     * On a call, SEVERE, at most once a minute per operation: the state store failed one operation (an adaptive count,
     * the allow budget, an outage record); the call went on in the safe direction. Check the store; repeated messages mean it is failing.
     */
    public static final String CORE_STORE_FAILED = "CAPTCHA-E004";

    /**
     * At deployment or start, SEVERE (also the deployment's error): a protected resource method is not a CDI bean's, so
     * no interceptor checks its captcha; it answers 500 and never runs. Give its class a scope such as
     * {@code @RequestScoped}, and neither veto it nor exclude it from bean discovery.
     */
    public static final String CORE_UNPROTECTED_RESOURCE = "CAPTCHA-E005";

    /**
     * On a call, SEVERE, at most once a minute: the state store is unavailable and the outage policy is allow, so calls
     * pass without their one-time check within an allow budget counted on this node. Bring the store back.
     */
    public static final String CORE_STORE_UNAVAILABLE_ALLOWED = "CAPTCHA-E006";

    /**
     * At deployment, WARNING: the built-in {@code test} verifier is in use; it accepts the token {@code pass} from
     * anyone. Only in development and tests (with {@code captcha.test-mode=true}); use a real verifier in production.
     */
    public static final String CORE_TEST_VERIFIER = "CAPTCHA-W001";

    /**
     * On a call, WARNING, at most once a minute per verifier: a verifier is unavailable and calls pass without a captcha
     * under the outage policy allow. Check the provider's status and our access to it; nothing to do if it is their
     * outage.
     */
    public static final String CORE_DEGRADED_PASSES = "CAPTCHA-W002";

    /**
     * On a call, WARNING, at most once a minute: the in-memory state store is full and refuses new entries until some
     * expire. Raise {@code captcha.store.max-entries}, or use a distributed store; it may be a flood of distinct keys.
     */
    public static final String CORE_MEMORY_STORE_FULL = "CAPTCHA-W003";

    /**
     * At deployment (first use of the built-in captchas), WARNING: {@code captcha.secret} is not set, so their tokens
     * work on this server only, until it restarts. Set the same random secret of 32 or more characters on every node.
     */
    public static final String CORE_RANDOM_SECRET = "CAPTCHA-W004";

    /**
     * On a call, WARNING, at most once a minute per verifier: the allow budget of an unavailable verifier is spent;
     * calls now need the fallback captcha, or wait (503). Nothing to do if the outage is real; the budget is
     * {@code captcha.outage.allow-budget*}.
     */
    public static final String CORE_ALLOW_BUDGET_SPENT = "CAPTCHA-W005";

    /**
     * At deployment, then at most once a minute while protected calls are served, WARNING: {@code captcha.test-mode} is
     * true, so the {@code test} verifier and published test keys are allowed and every problem answer says
     * {@code "test_mode": true}. Never in production: remove the key there.
     */
    public static final String CORE_TEST_MODE = "CAPTCHA-W006";

    /**
     * On a call, SEVERE, at most once a minute per provider: the outbound proxy answered 407 (it wants credentials, or
     * refuses ours); the call is an outage ({@code misconfigured}) for the outage policy. Fix the user and password of
     * {@code captcha.http.proxy} (or the provider's {@code captcha.<name>.http.proxy}), or have the proxy admit this
     * server.
     */
    public static final String CORE_PROXY_REFUSED = "CAPTCHA-E007";

    /**
     * At deployment, INFO: the readiness checks added for MicroProfile Health, by name. Nothing to do; point the
     * server's readiness probe at {@code /health/ready}.
     */
    public static final String CORE_READINESS_CHECKS = "CAPTCHA-I002";

    /**
     * At start-up, INFO: captcha-ee publishes its metrics through the named backend (OpenTelemetry, MicroProfile Metrics
     * or Micrometer). Nothing to do; switch one off with {@code captcha.metrics.<backend>.enabled=false}.
     */
    public static final String CORE_METRICS_BACKEND = "CAPTCHA-I003";

    /**
     * On a call, WARNING, at most once a minute per backend: a metrics backend failed to record; the call went on
     * unaffected. Check the server's metrics setup, or switch the backend off with
     * {@code captcha.metrics.<backend>.enabled=false}.
     */
    public static final String CORE_METRICS_FAILED = "CAPTCHA-W007";

    /**
     * At start-up, WARNING: MicroProfile Fault Tolerance does not act on the provider calls in use (the server ships
     * none, as Eclipse GlassFish, or it is switched off), so their circuit breakers and bulkheads are off; each call
     * keeps its bounded timeout and a refused connection is still retried once. Use a server with Fault Tolerance, or
     * add {@code io.smallrye:smallrye-fault-tolerance} to the WAR.
     */
    public static final String CORE_NO_FAULT_TOLERANCE = "CAPTCHA-W008";

    /** At deployment, INFO: the Tencent verifier's CaptchaAppId, endpoint and disaster-ticket mode. Nothing to do. */
    public static final String TENCENT_ACTIVATED = "CAPTCHA-I101";

    /**
     * On a call, SEVERE, at most once a minute: Tencent refused our own request (credentials, entitlement), so calls
     * follow their outage policy. Check {@code captcha.tencent.secret-id}, {@code secret-key}, {@code app-id} and the
     * account's captcha entitlement.
     */
    public static final String TENCENT_REQUEST_REFUSED = "CAPTCHA-E101";

    /**
     * At deployment, WARNING: {@code captcha.tencent.disaster-tickets=always} accepts disaster tickets anyone can make,
     * even while Tencent is healthy. Use {@code during-outage} unless that risk is accepted.
     */
    public static final String TENCENT_DISASTER_TICKETS_ALWAYS = "CAPTCHA-W101";

    /** At deployment, INFO: a siteverify verifier's endpoint, host names and minimum score. Nothing to do. */
    public static final String SITEVERIFY_ACTIVATED = "CAPTCHA-I110";

    /**
     * On a call, SEVERE, at most once a minute: reCAPTCHA, hCaptcha or Turnstile refused our own request, so calls
     * follow their outage policy. Check {@code captcha.<provider>.secret} (and hCaptcha's {@code sitekey}).
     */
    public static final String SITEVERIFY_REQUEST_REFUSED = "CAPTCHA-E110";

    /**
     * At deployment, WARNING: a provider's published test key is configured (only possible with
     * {@code captcha.test-mode=true}); captchas pass or fail whatever the user does. Set the site's own keys in
     * production.
     */
    public static final String SITEVERIFY_TEST_KEYS = "CAPTCHA-W110";

    /** At deployment, INFO: the Alibaba Cloud Captcha 2.0 verifier's SceneId and endpoint. Nothing to do. */
    public static final String ALIYUN_ACTIVATED = "CAPTCHA-I201";

    /** At deployment, INFO: the Alibaba Cloud Captcha 1.0 verifier's AppKey, scene and endpoint. Nothing to do. */
    public static final String ALIYUN_V1_ACTIVATED = "CAPTCHA-I202";

    /**
     * At deployment, INFO: migration mode, requests with 1.0 headers go to Captcha 1.0. Remove
     * {@code captcha.aliyun-v1.*} once every front end runs Captcha 2.0.
     */
    public static final String ALIYUN_MIGRATING = "CAPTCHA-I203";

    /**
     * On a call, SEVERE, at most once a minute: Alibaba Cloud refused our own request, so calls follow their outage
     * policy. Check {@code captcha.aliyun.access-key-id}, {@code access-key-secret}, the RAM permission
     * AliyunYundunAFSFullAccess and the server's clock.
     */
    public static final String ALIYUN_REQUEST_REFUSED = "CAPTCHA-E201";

    /**
     * On a call, WARNING, once: Alibaba Cloud answered T005, the scene is in the console's test mode and passes every
     * verification. Turn the console's test mode off before production.
     */
    public static final String ALIYUN_CONSOLE_TEST_MODE = "CAPTCHA-W201";

    /**
     * At deployment, WARNING: {@code captcha.aliyun.disaster-tickets=always} accepts disaster tokens anyone can make,
     * even while Alibaba Cloud is healthy. Use {@code during-outage} unless that risk is accepted.
     */
    public static final String ALIYUN_DISASTER_TICKETS_ALWAYS = "CAPTCHA-W202";

    private MessageIds() {}
}
