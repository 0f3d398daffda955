package org.captchaee.impl.testmode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.captchaee.OutagePolicy;
import org.captchaee.RequiresCaptcha;
import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigProblems;
import org.captchaee.impl.runtime.CaptchaOperation;
import org.captchaee.impl.runtime.CaptchaSettings;
import org.captchaee.impl.runtime.OperationKey;
import org.captchaee.impl.setup.OperationResolver;
import org.captchaee.impl.setup.SettingsReader;
import org.captchaee.impl.setup.VerifierSources;
import org.captchaee.impl.testing.TestConfigs;
import org.captchaee.impl.verify.TestVerifier;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** The production guard, for every place a verifier name comes from, and for the providers' test keys. */
class TestModeCheckTest {

    private static final String CLASS = Resource.class.getName();
    private static final Map<String, String> TEST_VERIFIER =
            Map.of("test", new TestVerifier().testOnlyReason().orElseThrow());

    @Test
    void defaultVerifier_test_failsTheDeployment_namingTheKeyAndTheFix() {
        String problem = onlyProblem(TEST_VERIFIER, RequiresCaptcha.Literal.INSTANCE, ConfigKeys.VERIFIER, "test");
        assertTrue(problem.startsWith("captcha.test-mode is not true"), problem);
        assertTrue(problem.contains("captcha.verifier=test: the built-in 'test' verifier accepts"), problem);
        assertTrue(problem.endsWith("for development and tests only, set captcha.test-mode=true."), problem);
    }

    @Test
    void outageFallback_test_failsTheDeployment() {
        String problem = onlyProblem(
                TEST_VERIFIER,
                RequiresCaptcha.Literal.of("", "", OutagePolicy.FALLBACK),
                ConfigKeys.VERIFIER,
                "pow",
                ConfigKeys.OUTAGE_FALLBACK,
                "test");
        assertTrue(problem.contains("captcha.outage.fallback=test"), problem);
    }

    @Test
    void allowBudgetFallback_test_failsTheDeployment_evenWhenNoMethodUsesThePolicyFallback() {
        String problem = onlyProblem(
                TEST_VERIFIER,
                RequiresCaptcha.Literal.INSTANCE,
                ConfigKeys.VERIFIER,
                "pow",
                ConfigKeys.OUTAGE_POLICY,
                "allow",
                ConfigKeys.OUTAGE_FALLBACK,
                "test");
        assertTrue(problem.contains("captcha.outage.fallback=test"), problem);
    }

    @Test
    void annotationMember_test_failsTheDeployment_namingTheMethod() {
        String problem = onlyProblem(
                TEST_VERIFIER,
                RequiresCaptcha.Literal.of("test", "", OutagePolicy.DEFAULT),
                ConfigKeys.VERIFIER,
                "pow");
        assertTrue(problem.contains("@RequiresCaptcha(verifier) of " + CLASS + "#login=test"), problem);
    }

    @Test
    void overrideKey_test_failsTheDeployment() {
        String problem = onlyProblem(
                TEST_VERIFIER,
                RequiresCaptcha.Literal.INSTANCE,
                ConfigKeys.VERIFIER,
                "pow",
                CLASS + "/login/RequiresCaptcha/verifier",
                "test");
        assertTrue(problem.contains("#login=test"), problem);
    }

    @Test
    void adaptiveMethod_withTheTestVerifier_failsTheDeployment() {
        String problem = onlyProblem(
                TEST_VERIFIER,
                RequiresCaptcha.Literal.of("test", "login", OutagePolicy.DEFAULT)
                        .withAfterFailures(5, 900),
                ConfigKeys.VERIFIER,
                "pow");
        assertTrue(problem.contains("#login=test"), problem);
    }

    @Test
    void publishedTestKeys_failTheDeployment_withTheReasonTheVerifierGives() {
        String problem = onlyProblem(
                Map.of("recaptcha", "captcha.recaptcha.secret is one of the test keys reCAPTCHA publishes"),
                RequiresCaptcha.Literal.INSTANCE,
                ConfigKeys.VERIFIER,
                "recaptcha");
        assertTrue(
                problem.contains("captcha.verifier=recaptcha: captcha.recaptcha.secret is one of the test keys"),
                problem);
    }

    @Test
    void everyUse_isNamedInOneMessage() {
        String problem = onlyProblem(
                Map.of("test", "accepts 'pass'", "turnstile", "captcha.turnstile.secret is a test key"),
                RequiresCaptcha.Literal.of("turnstile", "", OutagePolicy.DEFAULT),
                ConfigKeys.VERIFIER,
                "test");
        assertTrue(problem.contains("captcha.verifier=test: accepts 'pass'; @RequiresCaptcha(verifier)"), problem);
        assertTrue(problem.contains("#login=turnstile: captcha.turnstile.secret is a test key"), problem);
    }

    @Test
    void testMode_on_letsEveryTestConfigurationDeploy() {
        assertEquals(
                List.of(),
                problems(
                        Map.of("test", "accepts 'pass'", "recaptcha", "test key"),
                        RequiresCaptcha.Literal.of("recaptcha", "", OutagePolicy.FALLBACK),
                        ConfigKeys.VERIFIER,
                        "pow",
                        ConfigKeys.OUTAGE_FALLBACK,
                        "test",
                        ConfigKeys.TEST_MODE,
                        "true"));
    }

    @Test
    void aTestConfigurationNotInUse_neverFailsTheDeployment() {
        assertEquals(List.of(), problems(TEST_VERIFIER, RequiresCaptcha.Literal.INSTANCE, ConfigKeys.VERIFIER, "pow"));
    }

    private static String onlyProblem(Map<String, String> testOnly, RequiresCaptcha binding, String... config) {
        List<String> messages = problems(testOnly, binding, config);
        assertEquals(1, messages.size(), messages::toString);
        return messages.get(0);
    }

    /** Resolves the settings and one protected method as a deployment does, then applies the guard. */
    private static List<String> problems(Map<String, String> testOnly, RequiresCaptcha binding, String... config) {
        ConfigProblems problems = new ConfigProblems();
        Config values = TestConfigs.of(config);
        CaptchaSettings settings = new SettingsReader(values, problems).read();
        Method login = loginMethod();
        Map<OperationKey, CaptchaOperation> operations = new LinkedHashMap<>();
        new OperationResolver(values, settings, problems)
                .resolve(Resource.class, login, binding)
                .ifPresent(operation -> operations.put(new OperationKey(Resource.class, login), operation));
        assertTrue(problems.isEmpty(), problems.messages()::toString);
        TestModeCheck.check(settings.testMode(), VerifierSources.of(settings, operations), testOnly, problems);
        return problems.messages();
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
