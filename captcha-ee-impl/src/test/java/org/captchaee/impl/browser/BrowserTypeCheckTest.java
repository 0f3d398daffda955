package org.captchaee.impl.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.captchaee.impl.node.NodeScript;
import org.junit.jupiter.api.Test;

/**
 * The browser helper's JSDoc types hold: TypeScript's compiler, run by the harness {@code type-check.mjs} with the
 * options of {@code src/test/node/tsconfig.json} ({@code --noEmit --allowJs --checkJs --strict}, no unused locals, no
 * implicit returns), finds no error in any of its files, and every file asks editors for the same check with
 * {@code // @ts-check}.
 */
class BrowserTypeCheckTest {

    private static JsonObject typeCheck() {
        String line = NodeScript.of("type-check.mjs", "typescript", Duration.ofSeconds(120))
                .run("", HelperFiles.directory().toString());
        return Json.createReader(new StringReader(line)).readObject();
    }

    @Test
    void everyFileOfTheHelper_passesTheTypeCheck() {
        JsonObject report = typeCheck();

        List<String> checked = report.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .map(file -> file.getString("file"))
                .sorted()
                .toList();
        assertEquals(HelperFiles.scripts(), checked, "the check covers every script, the solvers included");
        assertTrue(checked.contains("solvers/image.js"), checked.toString());
        String errors = report.getJsonArray("errors").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .collect(Collectors.joining("\n"));
        assertEquals("", errors, "TypeScript " + report.getString("typescript") + " found type errors");
    }

    @Test
    void everyFileOfTheHelper_startsWithTsCheck() throws IOException {
        for (String script : HelperFiles.scripts()) {
            String first =
                    Files.readAllLines(HelperFiles.directory().resolve(script)).get(0);
            assertEquals("// @ts-check", first, script);
        }
    }
}
