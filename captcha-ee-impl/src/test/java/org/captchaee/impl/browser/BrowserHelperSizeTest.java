package org.captchaee.impl.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.captchaee.impl.node.NodeScript;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The size of the browser helper as a page downloads it, measured by the harness {@code sizes.mjs} (each file minified
 * with esbuild, then gzip -9) and printed into the build's output: every file, the core a page loads with
 * {@code captcha-ee.js}, and what the first use of each built-in solver adds. The ceilings leave about a fifth of
 * headroom over the sizes measured when they were set; the core is half the size of the single file it replaced
 * (4,439 bytes).
 */
class BrowserHelperSizeTest {

    /** The core: captcha-ee.js and its static imports, 2,239 bytes when this ceiling was set. */
    private static final int CORE_CEILING = 2_800;

    /** Any one file; the largest is the proof-of-work worker, 1,466 bytes when this ceiling was set. */
    private static final int FILE_CEILING = 1_800;

    private static JsonObject report;

    @BeforeAll
    static void measure() {
        String line = NodeScript.of("sizes.mjs", "esbuild", Duration.ofSeconds(60))
                .run("", HelperFiles.directory().toString());
        report = Json.createReader(new StringReader(line)).readObject();
        print();
    }

    private static List<JsonObject> files() {
        return report.getJsonArray("files").getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> loads() {
        return report.getJsonArray("loads").getValuesAs(JsonObject.class);
    }

    private static void print() {
        StringBuilder out = new StringBuilder("Browser helper, minified (esbuild ")
                .append(report.getString("esbuild"))
                .append(") and gzip -9, in bytes:\n")
                .append(String.format("  %-22s %8s %8s %6s%n", "file", "source", "minified", "gzip"));
        for (JsonObject file : files()) {
            out.append(String.format(
                    "  %-22s %8d %8d %6d%n",
                    file.getString("file"), file.getInt("bytes"), file.getInt("minified"), file.getInt("gzip")));
        }
        for (JsonObject load : loads()) {
            List<String> names = load.getJsonArray("files").getValuesAs(JsonString::getString);
            String what = "core".equals(load.getString("name")) ? "core" : "first " + load.getString("name") + " adds";
            out.append(String.format(
                    "  %-22s %8s %8s %6d  %s%n", what, "", "", load.getInt("gzip"), String.join(" + ", names)));
        }
        System.out.print(out);
    }

    private static JsonObject load(String name) {
        return loads().stream()
                .filter(load -> name.equals(load.getString("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no load " + name + ": " + report));
    }

    @Test
    void theCore_isCaptchaEeJsAndItsStaticImports_underItsCeiling() {
        JsonObject core = load("core");

        List<String> files = core.getJsonArray("files").getValuesAs(JsonString::getString);
        assertTrue(files.contains("captcha-ee.js"), files.toString());
        assertTrue(files.stream().noneMatch(file -> file.startsWith("solvers/")), "no solver in the core: " + files);
        assertTrue(core.getInt("gzip") <= CORE_CEILING, core + " over " + CORE_CEILING);
    }

    @Test
    void everyFile_isUnderItsCeiling() {
        assertEquals(HelperFiles.scripts().size() + 1, files().size(), "every script and the CSS are measured");
        for (JsonObject file : files()) {
            assertTrue(file.getInt("gzip") <= FILE_CEILING, file + " over " + FILE_CEILING);
        }
    }

    @Test
    void eachSolver_isMeasuredWithWhatItsFirstUseAdds() {
        for (String solver : List.of("image", "pow", "tencent", "aliyun", "widget")) {
            List<String> files = load(solver).getJsonArray("files").getValuesAs(JsonString::getString);
            assertTrue(files.contains("solvers/" + solver + ".js"), files.toString());
        }
        List<String> pow = load("pow").getJsonArray("files").getValuesAs(JsonString::getString);
        assertTrue(pow.contains("captcha-ee-pow.js"), "the proof of work starts its worker: " + pow);
    }
}
