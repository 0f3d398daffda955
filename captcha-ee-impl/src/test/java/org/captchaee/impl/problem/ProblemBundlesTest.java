package org.captchaee.impl.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.captchaee.CaptchaError;
import org.junit.jupiter.api.Test;

/** The library's own bundles: one key set in every language, with the same arguments. */
class ProblemBundlesTest {

    /** More arguments than any pattern has, to find which ones a pattern uses. */
    private static final int MAX_ARGUMENTS = 10;

    private static final Pattern KEY_IN_CODE = Pattern.compile("\"((?:detail|title)\\.[a-z_.]+)\"");

    private static ResourceBundle file(String suffix) throws IOException {
        String name = ProblemBundles.LIBRARY_BASE_NAME.replace('.', '/') + suffix + ".properties";
        try (InputStream in = ProblemBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new PropertyResourceBundle(in);
        }
    }

    /** The argument indexes a pattern uses, found by formatting it with a marker per index. */
    static Set<Integer> argumentsOf(String pattern) {
        Object[] markers = IntStream.range(0, MAX_ARGUMENTS)
                .mapToObj(i -> "\u0001" + i + "\u0001")
                .toArray();
        String text = new MessageFormat(pattern, Locale.ROOT).format(markers);
        Set<Integer> used = new TreeSet<>();
        for (int i = 0; i < MAX_ARGUMENTS; i++) {
            if (text.contains("\u0001" + i + "\u0001")) {
                used.add(i);
            }
        }
        return used;
    }

    @Test
    void simplifiedChinese_hasEveryEnglishKey_andNoOther_withTheSameArguments() throws IOException {
        ResourceBundle english = file("");
        ResourceBundle chinese = file("_zh_Hans");
        assertEquals(new TreeSet<>(english.keySet()), new TreeSet<>(chinese.keySet()));
        for (String key : english.keySet()) {
            assertEquals(argumentsOf(english.getString(key)), argumentsOf(chinese.getString(key)), key);
            assertFalse(chinese.getString(key).isBlank(), key);
        }
    }

    @Test
    void argumentsOf_seesEachPlaceholder_andNoQuotedOne() {
        assertEquals(Set.of(0, 1), argumentsOf("The header {0} is longer than {1} bytes."));
        assertEquals(Set.of(0), argumentsOf("The member ''{0}'' of the body."));
        assertEquals(Set.of(), argumentsOf("A literal '{0}' is no argument."));
    }

    @Test
    void everyTitle_isTheErrorsEnglishTitle() throws IOException {
        ResourceBundle english = file("");
        for (CaptchaError error : CaptchaError.values()) {
            assertEquals(error.title(), english.getString("title." + error.error()), error.name());
        }
    }

    @Test
    void everyKeyTheCodeNames_isInTheBundles() throws IOException {
        ResourceBundle english = file("");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher key = KEY_IN_CODE.matcher(Files.readString(source));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        assertTrue(named.size() > 20, named::toString);
        for (String key : named) {
            assertTrue(english.containsKey(key), key);
        }
    }
}
