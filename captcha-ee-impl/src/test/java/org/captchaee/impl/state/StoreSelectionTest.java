package org.captchaee.impl.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.impl.config.ConfigProblems;
import org.captchaee.impl.testing.TestConfigs;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class StoreSelectionTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    /** Stands for the Redis module's store, which this module does not know. */
    private static final class SomeSharedStore {}

    @Test
    void theDefault_isThisNodesMemory() {
        assertEquals(List.of(), problems(TestConfigs.of(), InMemoryStateStore.class));
    }

    @Test
    void redis_withItsModuleAndASecret_isFine() {
        assertEquals(
                List.of(),
                problems(TestConfigs.of(ConfigKeys.STORE, "Redis", ConfigKeys.SECRET, SECRET), SomeSharedStore.class));
    }

    @Test
    void redis_withoutTheModule_namesTheDependency() {
        List<String> problems = problems(
                TestConfigs.of(ConfigKeys.STORE, "redis", ConfigKeys.SECRET, SECRET), InMemoryStateStore.class);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("org.captchaee:captcha-ee-redis"), problems.get(0));
    }

    @Test
    void redis_withoutASecret_namesTheKey() {
        List<String> problems = problems(TestConfigs.of(ConfigKeys.STORE, "redis"), SomeSharedStore.class);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("captcha.store=redis needs captcha.secret"), problems.get(0));
    }

    @Test
    void anUnknownStore_namesTheKeyAndTheChoices() {
        List<String> problems = problems(TestConfigs.of(ConfigKeys.STORE, "hazelcast"), InMemoryStateStore.class);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains(ConfigKeys.STORE), problems.get(0));
        assertTrue(problems.get(0).contains("memory"), problems.get(0));
    }

    private static List<String> problems(Config config, Class<?> inUse) {
        ConfigProblems problems = new ConfigProblems();
        StoreSelection.check(config, Optional.of(inUse), problems);
        return problems.messages();
    }
}
