package org.captchaee.impl.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * The library on a server without MicroProfile Fault Tolerance (Eclipse GlassFish ships none): its classes load, the
 * HTTP client's timeout follows the same keys with the declared default, nothing pretends Fault Tolerance acts, and a
 * refused connection is retried once by the library itself. Runs the scenario in a class loader over this test's class
 * path without the Fault Tolerance jars.
 */
class WithoutFaultToleranceApiTest {

    @Test
    void theProviderCallsWork_withoutTheFaultToleranceApi() throws Exception {
        try (URLClassLoader withoutApi = new URLClassLoader(classPathWithoutFaultTolerance(), parent())) {
            assertThrows(
                    ClassNotFoundException.class,
                    () -> Class.forName("org.eclipse.microprofile.faulttolerance.Retry", false, withoutApi));
            @SuppressWarnings("unchecked")
            Supplier<Map<String, String>> scenario = (Supplier<Map<String, String>>) withoutApi
                    .loadClass(WithoutFaultToleranceScenario.class.getName())
                    .getDeclaredConstructor()
                    .newInstance();
            Map<String, String> seen = scenario.get();
            assertEquals("absent", seen.get("api"));
            assertEquals("PT1.5S", seen.get("timeout"), "the declared timeout bounds the HTTP client");
            assertEquals("PT0.8S", seen.get("keyedTimeout"), "the Fault Tolerance keys still tune it");
            assertEquals("false", seen.get("acts"));
            assertEquals("PASSED after 2 attempts", seen.get("verdict"), "a refused connection is retried once");
            assertEquals("rethrown", seen.get("bug"), "what is no Fault Tolerance failure is not hidden");
        }
    }

    private static URL[] classPathWithoutFaultTolerance() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (!name.contains("fault-tolerance")) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        assertFalse(urls.isEmpty());
        return urls.toArray(URL[]::new);
    }

    private static ClassLoader parent() {
        return ClassLoader.getPlatformClassLoader();
    }
}
