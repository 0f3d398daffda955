package org.captchaee.impl.problem;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Loads the texts of problem bodies: the library's own bundle, with the application's bundle of the same locale laid
 * over it key by key. An application adds a language, or changes a wording, with properties files named after
 * {@link #APPLICATION_BASE_NAME} at the root of its class path ({@code WEB-INF/classes/captcha-problems_fr.properties}),
 * read as {@link PropertyResourceBundle} reads them (UTF-8, or ISO-8859-1 when not valid UTF-8).
 *
 * <p>A locale without a bundle of its own falls back along its candidate list only ({@code fr_CA}, {@code fr}, the
 * English root), never to the JVM's default locale: a server that runs in Chinese still answers English to a client
 * that accepts neither.
 */
public final class ProblemBundles extends ResourceBundle.Control {

    /** The base name of the bundles an application adds: {@code captcha-problems_<language tag>.properties}. */
    public static final String APPLICATION_BASE_NAME = "captcha-problems";

    /** The base name of the library's own bundles; its root bundle is English. */
    static final String LIBRARY_BASE_NAME = "org.captchaee.impl.problem.problems";

    private static final ProblemBundles CONTROL = new ProblemBundles();

    private static final ClassLoader LIBRARY_LOADER = ProblemBundles.class.getClassLoader();

    private ProblemBundles() {}

    /**
     * The bundle of a locale, or of the nearest candidate that has one; the root bundle (English) when none has. The
     * bundles are cached per class loader by {@link ResourceBundle}.
     *
     * @param locale the wanted locale
     * @param application the class loader that sees the application's bundles
     * @return the bundle; its {@link ResourceBundle#getLocale() locale} is the one found, {@link Locale#ROOT} for English
     */
    static ResourceBundle bundle(Locale locale, ClassLoader application) {
        return ResourceBundle.getBundle(APPLICATION_BASE_NAME, locale, application, CONTROL);
    }

    /**
     * The library's own English bundle, without the application's files.
     *
     * @return the bundle
     */
    static ResourceBundle libraryEnglish() {
        return ResourceBundle.getBundle(
                LIBRARY_BASE_NAME, Locale.ROOT, LIBRARY_LOADER, getNoFallbackControl(FORMAT_PROPERTIES));
    }

    /**
     * Forgets the bundles of an application, so that a redeployed application reads its files again and the old one
     * can be unloaded.
     *
     * @param application the class loader the bundles were loaded with
     */
    static void forget(ClassLoader application) {
        ResourceBundle.clearCache(application);
    }

    @Override
    public List<String> getFormats(String baseName) {
        return FORMAT_PROPERTIES;
    }

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
        // never the JVM's default locale: what is not found is English, the root bundle
        return null;
    }

    @Override
    public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader, boolean reload)
            throws IOException {
        Map<String, Object> texts = new HashMap<>();
        boolean found = read(LIBRARY_LOADER, LIBRARY_BASE_NAME, locale, texts);
        found |= read(loader, baseName, locale, texts);
        return found ? new Texts(texts) : null;
    }

    private boolean read(ClassLoader loader, String baseName, Locale locale, Map<String, Object> texts)
            throws IOException {
        String resource = toResourceName(toBundleName(baseName, locale), "properties");
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            PropertyResourceBundle file = new PropertyResourceBundle(in);
            for (String key : file.keySet()) {
                texts.put(key, file.getObject(key));
            }
            return true;
        }
    }

    /** The texts of one locale, the library's with the application's over them. */
    private static final class Texts extends ResourceBundle {

        private final Map<String, Object> texts;

        Texts(Map<String, Object> texts) {
            this.texts = Map.copyOf(texts);
        }

        @Override
        protected Object handleGetObject(String key) {
            return texts.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(keySet());
        }

        @Override
        protected Set<String> handleKeySet() {
            return texts.keySet();
        }
    }
}
