package org.captchaee.impl.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A class loader over this test run's class path without some jars, to show what the library does on a server that
 * lacks an API (MicroProfile Fault Tolerance on Eclipse GlassFish, MicroProfile Config on its web profile). The test's
 * scenario runs inside it, with the library and its tests loaded again from the same class path.
 */
public final class HiddenJars implements AutoCloseable {

    private final URLClassLoader loader;

    private HiddenJars(URLClassLoader loader) {
        this.loader = loader;
    }

    /**
     * Hides every jar whose file name contains one of the given parts.
     *
     * @param nameParts parts of jar file names, such as {@code fault-tolerance}
     * @return the class loader, over the JDK's platform classes
     */
    public static HiddenJars without(String... nameParts) {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File file = new File(entry);
            if (List.of(nameParts).stream().noneMatch(file.getName()::contains)) {
                urls.add(url(file));
            }
        }
        return new HiddenJars(new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader()));
    }

    /**
     * Whether a class is visible.
     *
     * @param name the class's name
     * @return whether it loads
     */
    public boolean sees(String name) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Runs a scenario class inside the loader, as the thread's context class loader too.
     *
     * @param scenario the scenario's class, loaded again inside; it needs a public no-argument constructor
     * @param <T> what it answers: a JDK type, which both sides share
     * @return its answer
     */
    @SuppressWarnings("unchecked")
    public <T> T run(Class<? extends Supplier<T>> scenario) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return ((Supplier<T>) loader.loadClass(scenario.getName())
                            .getDeclaredConstructor()
                            .newInstance())
                    .get();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the scenario " + scenario.getName() + " could not start", e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    private static URL url(File file) {
        try {
            return file.toURI().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
