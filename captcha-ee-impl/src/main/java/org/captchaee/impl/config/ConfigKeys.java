package org.captchaee.impl.config;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.captchaee.RequiresCaptcha;

/**
 * The catalogue of every configuration key the implementation reads, with the default its documentation states: one
 * place, used by the code, by the tests, and by the test that checks the documentation's reference tables against it.
 * A key whose name depends on a verifier is written with {@code <name>}, as in the documentation. The Redis store's keys
 * live in its own module.
 */
public final class ConfigKeys {

    private static final Map<String, String> DOCUMENTED_DEFAULTS = new LinkedHashMap<>();

    /** The prefix of every key. */
    public static final String PREFIX = "captcha.";

    /** The default verifier of protected methods. */
    public static final String VERIFIER = key("captcha.verifier", "none");
    /** The application-wide outage policy: allow, deny or fallback. */
    public static final String OUTAGE_POLICY = key("captcha.outage.policy", "`allow`");
    /** The verifier asked when the policy is fallback. */
    public static final String OUTAGE_FALLBACK = key("captcha.outage.fallback", "none");
    /** Degraded passes per client IP per window under the policy allow; 0 for no bound. */
    public static final String ALLOW_BUDGET = key("captcha.outage.allow-budget", "`100`");
    /** Degraded passes in all per window under the policy allow; 0 for no bound. */
    public static final String ALLOW_BUDGET_GLOBAL = key("captcha.outage.allow-budget-global", "`0` = no bound");
    /** The window of the allow budget. */
    public static final String ALLOW_BUDGET_WINDOW = key("captcha.outage.allow-budget-window", "`600`");
    /** The Retry-After of 503 answers, in seconds. */
    public static final String OUTAGE_RETRY_AFTER = key("captcha.outage.retry-after", "`30`");
    /** The proxies whose forwarding header is believed, as CIDRs. */
    public static final String TRUSTED_PROXIES = key("captcha.client-ip.trusted-proxies", "empty");
    /** The one forwarding header the trusted proxies write: X-Forwarded-For or Forwarded. */
    public static final String CLIENT_IP_HEADER = key("captcha.client-ip.header", "`X-Forwarded-For`");
    /** The prefix length that IPv6 clients share their per-IP state in. */
    public static final String IPV6_PREFIX = key("captcha.client-ip.ipv6-prefix", "`64`");
    /** The secret that signs the built-in captchas' tokens and keys the state store; the same on every node. */
    public static final String SECRET = key("captcha.secret", "random per start");
    /** Where the library's own endpoints (challenges of the built-in captchas) live, under the JAX-RS application. */
    public static final String ENDPOINTS_PATH = key("captcha.endpoints.path", "`captcha`");
    /** The entries the in-memory state store makes room for. */
    public static final String STORE_MAX_ENTRIES = key("captcha.store.max-entries", "`1000000`");
    /** Which state store keeps the shared state: {@code memory} or {@code redis}. */
    public static final String STORE = key("captcha.store", "`memory`");
    /** Allows what accepts captchas nobody solved: the {@code test} verifier and the providers' published test keys. */
    public static final String TEST_MODE = key("captcha.test-mode", "`false`");

    /** Registers the readiness checks unless {@code false}. */
    public static final String HEALTH_ENABLED = key("captcha.health.enabled", "`true`");
    /** Reports a verifier in outage (or with its circuit open), or a store that cannot answer, as DOWN. */
    public static final String HEALTH_DOWN_ON_OUTAGE = key("captcha.health.down-on-outage", "`false`");

    /** The outbound proxy of every provider's calls. */
    public static final String HTTP_PROXY = key("captcha.http.proxy", "none: the JVM's proxy settings");
    /** The hosts reached without the outbound proxy. */
    public static final String HTTP_NON_PROXY_HOSTS = key("captcha.http.non-proxy-hosts", "empty");
    /** One provider's own outbound proxy. */
    public static final String PROVIDER_HTTP_PROXY = key("captcha.<name>.http.proxy", "the global key");
    /** One provider's own hosts reached without the proxy. */
    public static final String PROVIDER_HTTP_NON_PROXY_HOSTS =
            key("captcha.<name>.http.non-proxy-hosts", "the global key");

    /** The prefix of the image captcha's keys. */
    private static final String IMAGE_PREFIX = "captcha.image.";
    /** The image's width in pixels. */
    public static final String IMAGE_WIDTH = key(IMAGE_PREFIX + "width", "`160`");
    /** The image's height in pixels. */
    public static final String IMAGE_HEIGHT = key(IMAGE_PREFIX + "height", "`60`");
    /** The characters of an answer. */
    public static final String IMAGE_LENGTH = key(IMAGE_PREFIX + "length", "`5`");
    /** How long a challenge can be answered. */
    public static final String IMAGE_CHALLENGE_LIFETIME = key(IMAGE_PREFIX + "challenge-lifetime", "`120`");
    /** How long a token of a solved challenge can be sent. */
    public static final String IMAGE_TOKEN_LIFETIME = key(IMAGE_PREFIX + "token-lifetime", "`300`");
    /** The challenges one client may fetch per minute. */
    public static final String IMAGE_MAX_CHALLENGES_PER_MINUTE =
            key(IMAGE_PREFIX + "max-challenges-per-minute", "`20`");

    /** The prefix of the proof-of-work captcha's keys. */
    public static final String POW_PREFIX = "captcha.pow.";
    /** The ALTCHA protocol: v1 or v2. */
    public static final String POW_PROTOCOL = key(POW_PREFIX + "protocol", "`v2`");
    /** The key derivation of v2. */
    public static final String POW_ALGORITHM = key(POW_PREFIX + "algorithm", "`PBKDF2/SHA-256`");
    /** The cost of one derivation. */
    public static final String POW_COST =
            key(POW_PREFIX + "cost", "`2000` (PBKDF2), `1000` (SHA), `2048` (scrypt), `2` (Argon2id)");
    /** The memory cost of a memory-hard derivation. */
    public static final String POW_MEMORY_COST = key(POW_PREFIX + "memory-cost", "scrypt `8`, Argon2id `16384`");
    /** The parallelism of a memory-hard derivation. */
    public static final String POW_PARALLELISM = key(POW_PREFIX + "parallelism", "`1`");
    /** The hex the derived key must start with. */
    public static final String POW_KEY_PREFIX =
            key(POW_PREFIX + "key-prefix", "`000` (PBKDF2), `00` (SHA, scrypt), `0` (Argon2id)");
    /** The derivations the server runs at once to check solutions. */
    public static final String POW_MAX_CONCURRENT_DERIVATIONS =
            key(POW_PREFIX + "max-concurrent-derivations", "half the cores, at least 1");
    /** The search space of v1. */
    public static final String POW_MAX_NUMBER = key(POW_PREFIX + "max-number", "`100000`");
    /** How long a challenge can be solved and its solution sent. */
    public static final String POW_LIFETIME = key(POW_PREFIX + "lifetime", "`300`");

    /** The prefix of Tencent Cloud Captcha's keys. */
    public static final String TENCENT_PREFIX = "captcha.tencent.";
    /** The SecretId of a Tencent Cloud API key. */
    public static final String TENCENT_SECRET_ID = key(TENCENT_PREFIX + "secret-id", "required");
    /** The SecretKey of that API key. */
    public static final String TENCENT_SECRET_KEY = key(TENCENT_PREFIX + "secret-key", "required");
    /** The CaptchaAppId. */
    public static final String TENCENT_APP_ID = key(TENCENT_PREFIX + "app-id", "required");
    /** The AppSecretKey of the CaptchaAppId. */
    public static final String TENCENT_APP_SECRET_KEY = key(TENCENT_PREFIX + "app-secret-key", "required");
    /** The API's endpoint. */
    public static final String TENCENT_ENDPOINT =
            key(TENCENT_PREFIX + "endpoint", "`https://captcha.tencentcloudapi.com`");
    /** The API's region. */
    public static final String TENCENT_REGION = key(TENCENT_PREFIX + "region", "none");
    /** The business id sent with each query. */
    public static final String TENCENT_BUSINESS_ID = key(TENCENT_PREFIX + "business-id", "none");
    /** The scene id sent with each query. */
    public static final String TENCENT_SCENE_ID = key(TENCENT_PREFIX + "scene-id", "none");
    /** What the front end's disaster tickets do. */
    public static final String TENCENT_DISASTER_TICKETS = key(TENCENT_PREFIX + "disaster-tickets", "`during-outage`");
    /** The oldest disaster ticket accepted. */
    public static final String TENCENT_DISASTER_TICKET_MAX_AGE =
            key(TENCENT_PREFIX + "disaster-ticket-max-age", "`PT10M`");
    /** The header of the ticket. */
    public static final String TENCENT_TICKET_HEADER = key(TENCENT_PREFIX + "ticket-header", "`X-Captcha-Ticket`");
    /** The header of the random string. */
    public static final String TENCENT_RANDSTR_HEADER = key(TENCENT_PREFIX + "randstr-header", "`X-Captcha-Randstr`");

    /** The prefix of Alibaba Cloud Captcha 2.0's keys, whose AccessKey 1.0 shares. */
    public static final String ALIYUN_PREFIX = "captcha.aliyun.";
    /** The AccessKey ID. */
    public static final String ALIYUN_ACCESS_KEY_ID = key(ALIYUN_PREFIX + "access-key-id", "required");
    /** The AccessKey secret. */
    public static final String ALIYUN_ACCESS_KEY_SECRET = key(ALIYUN_PREFIX + "access-key-secret", "required");
    /** The SceneId of the front end's scene. */
    public static final String ALIYUN_SCENE_ID = key(ALIYUN_PREFIX + "scene-id", "required");
    /** The region, which chooses the endpoint. */
    public static final String ALIYUN_REGION = key(ALIYUN_PREFIX + "region", "none");
    /** The API's endpoint. */
    public static final String ALIYUN_ENDPOINT =
            key(ALIYUN_PREFIX + "endpoint", "`https://captcha.cn-shanghai.aliyuncs.com`");
    /** What the front end's disaster tokens do. */
    public static final String ALIYUN_DISASTER_TICKETS = key(ALIYUN_PREFIX + "disaster-tickets", "`during-outage`");
    /** The oldest disaster token accepted. */
    public static final String ALIYUN_DISASTER_TICKET_MAX_AGE =
            key(ALIYUN_PREFIX + "disaster-ticket-max-age", "`PT10M`");
    /** The prefix of Alibaba Cloud Captcha 1.0's keys. */
    private static final String ALIYUN_V1_PREFIX = "captcha.aliyun-v1.";
    /** The 1.0 appkey, which turns on the migration mode. */
    public static final String ALIYUN_V1_APP_KEY = key(ALIYUN_V1_PREFIX + "app-key", "none");
    /** The 1.0 scene. */
    public static final String ALIYUN_V1_SCENE = key(ALIYUN_V1_PREFIX + "scene", "required with the app key");
    /** The 1.0 API's endpoint. */
    public static final String ALIYUN_V1_ENDPOINT = key(ALIYUN_V1_PREFIX + "endpoint", "`https://afs.aliyuncs.com`");

    /** The secret of a siteverify provider's site ({@code <name>}: recaptcha, hcaptcha, turnstile). */
    public static final String SITEVERIFY_SECRET = key("captcha.<name>.secret", "required");
    /** The host names a siteverify provider's answer must name. */
    public static final String SITEVERIFY_HOSTNAMES = key("captcha.<name>.hostnames", "empty = any");
    /** reCAPTCHA's endpoint. */
    public static final String RECAPTCHA_ENDPOINT =
            key("captcha.recaptcha.endpoint", "`https://www.google.com/recaptcha/api/siteverify`");
    /** hCaptcha's endpoint. */
    public static final String HCAPTCHA_ENDPOINT =
            key("captcha.hcaptcha.endpoint", "`https://api.hcaptcha.com/siteverify`");
    /** Turnstile's endpoint. */
    public static final String TURNSTILE_ENDPOINT =
            key("captcha.turnstile.endpoint", "`https://challenges.cloudflare.com/turnstile/v0/siteverify`");
    /** The hCaptcha site key. */
    public static final String HCAPTCHA_SITEKEY = key("captcha.hcaptcha.sitekey", "required");
    /** The lowest reCAPTCHA v3 score that passes. */
    public static final String RECAPTCHA_MIN_SCORE = key("captcha.recaptcha.min-score", "`0.5`");
    /** The reCAPTCHA v3 action every answer must name. */
    public static final String RECAPTCHA_ACTION = key("captcha.recaptcha.action", "the endpoint's `scene`");

    private static final String ANNOTATION = RequiresCaptcha.class.getSimpleName();

    private ConfigKeys() {}

    /**
     * Every key of the catalogue with the default its documentation states.
     *
     * @return the keys, in the order above
     */
    public static Map<String, String> documentedDefaults() {
        return Collections.unmodifiableMap(DOCUMENTED_DEFAULTS);
    }

    /**
     * The prefix of a verifier's keys.
     *
     * @param verifier the verifier's name
     * @return {@code captcha.<verifier>.}
     */
    public static String verifierPrefix(String verifier) {
        return PREFIX + verifier + ".";
    }

    /**
     * Whether metrics go to one backend.
     *
     * @param backend the backend's key, such as {@code otel}
     * @return {@code captcha.metrics.<backend>.enabled}
     */
    public static String metricsEnabled(String backend) {
        return PREFIX + "metrics." + backend + ".enabled";
    }

    private static String key(String name, String documentedDefault) {
        DOCUMENTED_DEFAULTS.put(name, documentedDefault);
        return name;
    }

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
