package org.captchaee.it.support;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The context root of each test class's WAR, remembered when its {@code @Deployment} method builds it. The Payara Micro
 * adapter reads the deployed context roots from the server's console output and, when it reads that output before the
 * server printed all of it, injects the server's root URL instead of the WAR's; the tests then complete it here.
 */
final class ContextRoots {

    private static final Map<Class<?>, String> BY_TEST_CLASS = new ConcurrentHashMap<>();

    private ContextRoots() {}

    /**
     * Remembers a WAR's context root for the test class whose deployment method is building it.
     *
     * @param name the WAR's name, which is its context root
     */
    static void remember(String name) {
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                        .filter(DeployedAppIT.class::isAssignableFrom)
                        .findFirst())
                .ifPresent(testClass -> BY_TEST_CLASS.put(testClass, name));
    }

    /**
     * The deployment's URL, with the WAR's context root when the injected URL lacks one.
     *
     * @param injected the URL Arquillian injected
     * @param testClass the running test class
     * @return the URL of the deployment
     */
    static URL complete(URL injected, Class<?> testClass) {
        String path = injected.getPath();
        if (!path.isEmpty() && !path.equals("/")) {
            return injected;
        }
        Optional<String> name = find(testClass);
        if (name.isEmpty()) {
            return injected;
        }
        try {
            return new URL(injected, "/" + name.get() + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> find(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getSuperclass()) {
            String name = BY_TEST_CLASS.get(type);
            if (name != null) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
