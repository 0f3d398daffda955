package org.captchaee.impl.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;

import org.captchaee.OutagePolicy;
import org.captchaee.RequiresCaptcha;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigProblems;
import org.captchaee.impl.runtime.CaptchaOperation;
import org.captchaee.impl.runtime.CaptchaSettings;
import org.captchaee.impl.runtime.Triggers;
import org.captchaee.impl.testing.TestConfigs;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class OperationResolverTest {

    private static final String CLASS = Resource.class.getName();

    private final ConfigProblems problems = new ConfigProblems();

    @Test
    void annotationDefaults_takeTheApplicationSettings() {
        CaptchaOperation operation = resolve(RequiresCaptcha.Literal.INSTANCE, ConfigKeys.VERIFIER, "test");
        assertEquals(new CaptchaOperation("test", "", OutagePolicy.ALLOW, Optional.empty()), operation);
    }

    @Test
    void annotationMembers_winOverTheApplicationSettings() {
        CaptchaOperation operation = resolve(
                RequiresCaptcha.Literal.of("pin", "login", OutagePolicy.DENY),
                ConfigKeys.VERIFIER,
                "test",
                ConfigKeys.OUTAGE_POLICY,
                "allow");
        assertEquals(new CaptchaOperation("pin", "login", OutagePolicy.DENY, Optional.empty()), operation);
    }

    @Test
    void mostSpecificConfigKey_winsOverTheAnnotation() {
        CaptchaOperation operation = resolve(
                RequiresCaptcha.Literal.of("pin", "login", OutagePolicy.DENY),
                "RequiresCaptcha/verifier",
                "global",
                CLASS + "/RequiresCaptcha/verifier",
                "per-class",
                CLASS + "/login/RequiresCaptcha/verifier",
                "per-method",
                CLASS + "/RequiresCaptcha/scene",
                "class-scene",
                "RequiresCaptcha/onOutage",
                "allow");
        assertEquals(
                new CaptchaOperation("per-method", "class-scene", OutagePolicy.ALLOW, Optional.empty()), operation);
    }

    @Test
    void fallbackPolicy_carriesTheFallbackVerifier() {
        CaptchaOperation operation = resolve(
                RequiresCaptcha.Literal.of("", "", OutagePolicy.FALLBACK),
                ConfigKeys.VERIFIER,
                "tencent",
                ConfigKeys.OUTAGE_FALLBACK,
                "image");
        assertEquals(Optional.of("image"), operation.fallbackVerifier());
    }

    @Test
    void missingVerifier_isReported() {
        assertEquals(Optional.empty(), tryResolve(RequiresCaptcha.Literal.INSTANCE));
        assertTrue(problems.messages().get(0).startsWith("captcha.verifier is not set"), problems.messages()::toString);
    }

    @Test
    void fallbackWithoutFallbackVerifier_isReported() {
        tryResolve(RequiresCaptcha.Literal.of("", "", OutagePolicy.FALLBACK), ConfigKeys.VERIFIER, "test");
        assertTrue(problems.messages().get(0).contains("captcha.outage.fallback is not set"));
    }

    @Test
    void fallbackEqualToThePrimary_isReported() {
        tryResolve(
                RequiresCaptcha.Literal.of("", "", OutagePolicy.FALLBACK),
                ConfigKeys.VERIFIER,
                "test",
                ConfigKeys.OUTAGE_FALLBACK,
                "test");
        assertTrue(problems.messages().get(0).contains("captcha.outage.fallback=test is also the verifier"));
    }

    @Test
    void badOverrides_nameTheirKey() {
        tryResolve(
                RequiresCaptcha.Literal.INSTANCE,
                ConfigKeys.VERIFIER,
                "test",
                CLASS + "/login/RequiresCaptcha/verifier",
                "No Such",
                CLASS + "/login/RequiresCaptcha/onOutage",
                "maybe");
        assertEquals(2, problems.messages().size(), problems.messages()::toString);
        assertTrue(problems.messages().get(0).startsWith(CLASS + "/login/RequiresCaptcha/verifier=No Such is invalid"));
        assertTrue(problems.messages().get(1).startsWith(CLASS + "/login/RequiresCaptcha/onOutage=maybe is invalid"));
    }

    @Test
    void triggers_comeFromTheAnnotation_orTheirOverrides() {
        CaptchaOperation operation = resolve(
                RequiresCaptcha.Literal.of("", "", OutagePolicy.DEFAULT)
                        .withAfterFailures(5, 600)
                        .withAfterRequests(100, 3600),
                ConfigKeys.VERIFIER,
                "test",
                CLASS + "/login/RequiresCaptcha/afterRequests",
                "3",
                "RequiresCaptcha/requestWindowSeconds",
                "60");
        assertEquals(new Triggers(5, Duration.ofSeconds(600), 3, Duration.ofSeconds(60)), operation.triggers());
        assertTrue(resolve(RequiresCaptcha.Literal.INSTANCE, ConfigKeys.VERIFIER, "test")
                .triggers()
                .always());
    }

    @Test
    void badTriggers_nameTheirKeyOrMember() {
        tryResolve(
                RequiresCaptcha.Literal.INSTANCE.withAfterFailures(-1, 900),
                ConfigKeys.VERIFIER,
                "test",
                CLASS + "/RequiresCaptcha/failureWindowSeconds",
                "0",
                "RequiresCaptcha/afterRequests",
                "lots");
        assertEquals(3, problems.messages().size(), problems.messages()::toString);
        assertTrue(problems.messages()
                .get(0)
                .startsWith("@RequiresCaptcha(afterFailures) on " + CLASS + "#login=-1 is invalid"));
        assertTrue(problems.messages().get(1).startsWith(CLASS + "/RequiresCaptcha/failureWindowSeconds=0 is invalid"));
        assertTrue(problems.messages().get(2).startsWith("RequiresCaptcha/afterRequests=lots is invalid"));
    }

    private CaptchaOperation resolve(RequiresCaptcha binding, String... keysAndValues) {
        CaptchaOperation operation = tryResolve(binding, keysAndValues).orElseThrow();
        assertTrue(problems.isEmpty(), problems.messages()::toString);
        return operation;
    }

    private Optional<CaptchaOperation> tryResolve(RequiresCaptcha binding, String... keysAndValues) {
        Config config = TestConfigs.of(keysAndValues);
        CaptchaSettings settings = new SettingsReader(config, problems).read();
        return new OperationResolver(config, settings, problems).resolve(Resource.class, loginMethod(), binding);
    }

    private static Method loginMethod() {
        try {
            return Resource.class.getMethod("login");
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** Stands for a protected resource class. */
    public static class Resource {
        public void login() {}
    }
}
