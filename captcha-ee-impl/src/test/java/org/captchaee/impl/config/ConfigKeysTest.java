package org.captchaee.impl.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The catalogue of keys against the two places that must agree with it: the documentation's reference tables (every
 * key documented, with the catalogue's default) and the code (no key written outside the catalogue).
 */
class ConfigKeysTest {

    private static final Path PROJECT = Path.of("..");
    private static final Path DOCS = PROJECT.resolve("docs");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_IN_CELL = Pattern.compile("`(captcha\\.[^`]+)`");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"captcha\\.[a-z<]");
    /** The Redis store's keys, which its own module reads and documents. */
    private static final String REDIS_KEYS = "captcha.store.redis.";
    /** Metric names, not configuration keys. */
    private static final Set<String> NOT_KEYS = Set.of("metrics.md", "Instrument.java");

    @Test
    void everyDocumentedKey_isInTheCatalogue_withItsDefault() {
        Map<String, String> catalogue = ConfigKeys.documentedDefaults();
        List<String> wrong = new ArrayList<>();
        documentedRows().forEach((keys, documented) -> {
            Set<String> defaults = new LinkedHashSet<>();
            for (String key : keys) {
                if (!catalogue.containsKey(key)) {
                    wrong.add(key + " is documented but not in ConfigKeys");
                }
                defaults.add(catalogue.get(key));
            }
            String expected = String.join(", ", defaults);
            if (!documented.equals(expected)) {
                wrong.add(keys + ": documented default '" + documented + "', catalogue '" + expected + "'");
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyKeyOfTheCatalogue_isDocumented() {
        Set<String> documented = new TreeSet<>();
        documentedRows().keySet().forEach(documented::addAll);
        Set<String> undocumented = new TreeSet<>(ConfigKeys.documentedDefaults().keySet());
        undocumented.removeAll(documented);
        assertEquals(Set.of(), undocumented, "keys of the catalogue that no reference table of docs/ lists");
    }

    @Test
    void noKeyIsWrittenOutsideTheCatalogue() throws IOException {
        List<String> outside = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.endsWith("ConfigKeys.java"))
                    .filter(file -> !NOT_KEYS.contains(file.getFileName().toString()))
                    .forEach(file -> {
                        List<String> lines = lines(file);
                        for (int i = 0; i < lines.size(); i++) {
                            String line = lines.get(i).trim();
                            if (!line.startsWith("*")
                                    && !line.startsWith("//")
                                    && KEY_LITERAL.matcher(line).find()) {
                                outside.add(file.getFileName() + ":" + (i + 1) + ": " + line);
                            }
                        }
                    });
        }
        assertEquals(List.of(), outside, "configuration keys written outside ConfigKeys");
    }

    @Test
    void theDocumentationIsRead() {
        assertFalse(documentedRows().isEmpty());
    }

    /** The keys of each row of a reference table, with the row's default, as the documentation writes them. */
    private static Map<List<String>, String> documentedRows() {
        Map<List<String>, String> rows = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(DOCS)) {
            files.filter(file -> file.toString().endsWith(".md"))
                    .filter(file -> !NOT_KEYS.contains(file.getFileName().toString()))
                    .forEach(file -> {
                        for (String line : lines(file)) {
                            if (!line.startsWith("| `captcha.")) {
                                continue;
                            }
                            String[] cells = line.substring(1).split("\\|");
                            List<String> keys = new ArrayList<>();
                            Matcher key = KEY_IN_CELL.matcher(cells[0]);
                            while (key.find()) {
                                keys.add(key.group(1));
                            }
                            boolean wildcard = keys.stream().anyMatch(name -> name.contains("*"));
                            boolean redis = keys.stream().anyMatch(name -> name.startsWith(REDIS_KEYS));
                            if (!wildcard && !redis) {
                                rows.put(keys, cells[1].trim());
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
