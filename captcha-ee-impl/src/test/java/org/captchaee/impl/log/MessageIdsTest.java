package org.captchaee.impl.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The catalogue of log message ids ({@link MessageIds}, and the Redis module's own {@code RedisMessageIds}, read from
 * its source since this module cannot see it) is the only place ids are written, each id is declared once within its
 * area's range, and the table of docs/reference/messages.md ("Log messages") lists exactly these ids with their level.
 */
class MessageIdsTest {

    private static final Path PROJECT = Path.of("..");
    private static final Path MESSAGES_PAGE = PROJECT.resolve("docs/reference/messages.md");
    private static final Path REDIS_CATALOGUE =
            PROJECT.resolve("captcha-ee-redis/src/main/java/org/captchaee/redis/RedisMessageIds.java");
    private static final Pattern ID = Pattern.compile("CAPTCHA-([EWI])(\\d{3})");
    private static final Pattern ANY_ID = Pattern.compile("CAPTCHA-[EWI]\\d");
    private static final Pattern DECLARATION = Pattern.compile("static final String (\\w+) = \"([^\"]*)\"");
    private static final Pattern TABLE_ROW =
            Pattern.compile("^\\| `(CAPTCHA-[^`]*)` \\| (\\w+) \\|", Pattern.MULTILINE);

    /** Each area: the prefix of its constants' names, and its range. */
    private static final Map<String, int[]> AREAS = Map.of(
            "CORE_", new int[] {0, 99},
            "TENCENT_", new int[] {100, 109},
            "SITEVERIFY_", new int[] {110, 119},
            "ALIYUN_", new int[] {200, 299},
            "STORE_", new int[] {300, 399});

    private static final Map<String, String> LEVELS = Map.of("E", "SEVERE", "W", "WARNING", "I", "INFO");

    @Test
    void everyId_isWellFormed_andWithinTheRangeOfItsArea() {
        for (Map.Entry<String, String> constant : catalogue().entrySet()) {
            String name = constant.getKey();
            Matcher id = ID.matcher(constant.getValue());
            assertTrue(id.matches(), () -> name + " = " + constant.getValue() + " is not CAPTCHA-<E|W|I><3 digits>");
            int[] range = AREAS.entrySet().stream()
                    .filter(area -> name.startsWith(area.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(name + " starts with no area prefix " + AREAS.keySet()));
            int number = Integer.parseInt(id.group(2));
            assertTrue(
                    number >= range[0] && number <= range[1],
                    () -> name + " = " + constant.getValue() + " is outside its area's range " + range[0] + "-"
                            + range[1]);
        }
    }

    @Test
    void noIdIsDeclaredTwice() {
        Map<String, String> owners = new TreeMap<>();
        catalogue().forEach((name, id) -> {
            String other = owners.put(id, name);
            assertEquals(null, other, () -> id + " is declared by both " + other + " and " + name);
        });
    }

    @Test
    void noMainSource_writesAnIdOutsideTheCatalogue() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : mainSources()) {
            if (source.getFileName().toString().endsWith("MessageIds.java")) {
                continue;
            }
            Matcher id = ANY_ID.matcher(Files.readString(source, StandardCharsets.UTF_8));
            if (id.find()) {
                offenders.add(source + " (" + id.group() + "...)");
            }
        }
        assertEquals(List.of(), offenders, "use the constants of MessageIds (or RedisMessageIds) instead");
    }

    @Test
    void messagesPage_listsEveryIdWithItsLevel_andNoOther() throws IOException {
        Map<String, String> listed = new TreeMap<>();
        Matcher row = TABLE_ROW.matcher(Files.readString(MESSAGES_PAGE, StandardCharsets.UTF_8));
        while (row.find()) {
            assertEquals(null, listed.put(row.group(1), row.group(2)), () -> row.group(1) + " is listed twice");
        }
        Map<String, String> expected = new TreeMap<>();
        catalogue().values().forEach(id -> expected.put(id, LEVELS.get(id.substring("CAPTCHA-".length(), 9))));
        assertEquals(
                expected,
                listed,
                MESSAGES_PAGE + ": the table of log messages (id and level) differs from the catalogue");
    }

    /** Every id of both catalogues, by constant name. */
    private static Map<String, String> catalogue() {
        Map<String, String> ids = new TreeMap<>();
        for (Field field : MessageIds.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && field.getType() == String.class) {
                assertTrue(Modifier.isPublic(modifiers) && Modifier.isFinal(modifiers), field::getName);
                ids.put(field.getName(), constantValue(field));
            }
        }
        Matcher declaration = DECLARATION.matcher(read(REDIS_CATALOGUE));
        int redis = 0;
        while (declaration.find()) {
            assertFalse(ids.containsKey(declaration.group(1)), declaration.group(1));
            ids.put(declaration.group(1), declaration.group(2));
            redis++;
        }
        assertTrue(redis > 0, "no ids found in " + REDIS_CATALOGUE);
        return ids;
    }

    private static String constantValue(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** The Java sources of every module's main code. */
    private static List<Path> mainSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(PROJECT)) {
            for (Path module : modules.toList()) {
                Path main = module.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> files = Files.walk(main)) {
                        files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
                    }
                }
            }
        }
        if (sources.stream().noneMatch(source -> source.startsWith(PROJECT.resolve("captcha-ee-redis")))) {
            fail("the sources of captcha-ee-redis were not found under " + PROJECT.toAbsolutePath());
        }
        return sources;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
