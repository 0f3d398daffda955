package org.captchaee.impl.browser;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of the browser helper as the impl jar serves them ({@code META-INF/resources/captcha-ee/} on the test
 * class path), for the Node.js harness tests that read them.
 */
final class HelperFiles {

    private static final String DIRECTORY = "/META-INF/resources/captcha-ee/";

    private HelperFiles() {}

    /**
     * The helper's directory.
     *
     * @return the directory of {@code captcha-ee.js}
     */
    static Path directory() {
        URL directory = HelperFiles.class.getResource(DIRECTORY);
        assertNotNull(directory, DIRECTORY + " is on the class path");
        try {
            return Path.of(directory.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The helper's JavaScript files, the solvers included.
     *
     * @return their paths relative to {@link #directory()}, with '/' between folders, sorted
     */
    static List<String> scripts() {
        Path directory = directory();
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".js"))
                    .map(file -> directory.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
