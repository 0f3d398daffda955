package org.captchaee.impl.image.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendering works in a JVM where the font machinery is unavailable, and never touches it: a child JVM runs headless with
 * fontconfig pointed at nothing, and its class-load log must show no font class. The control proves the log would show
 * them: text drawn with AWT in the same kind of child does load them.
 */
class FontlessRenderingTest {

    private static final List<String> FONT_CLASSES = List.of("sun.font.", "java.awt.Font", "sun.awt.FontConfiguration");

    @TempDir
    Path work;

    @Test
    void renderer_succeedsWithoutFonts_andLoadsNoFontClass() throws Exception {
        Path png = work.resolve("captcha.png");

        Child child = runChild("render", png.toString());

        assertEquals(0, child.exitCode(), child.output());
        PngFiles.chunks(Files.readAllBytes(png));
        assertEquals(160, PngFiles.decode(Files.readAllBytes(png)).getWidth());
        assertTrue(child.loaded().contains(CaptchaImageRenderer.class.getName()), "the log lists the renderer");
        assertEquals(List.of(), matching(child.loaded(), FONT_CLASSES));
        // stronger than asked: no AWT and no ImageIO at all
        assertEquals(List.of(), matching(child.loaded(), List.of("java.awt.", "sun.awt.", "javax.imageio.")));
    }

    @Test
    void control_awtText_doesLoadFontClasses() throws Exception {
        Child child = runChild("drawString");

        assertFalse(matching(child.loaded(), List.of("sun.font.")).isEmpty(), child.output());
    }

    private Child runChild(String... args) throws IOException, InterruptedException {
        Path log = work.resolve("class-load-" + args[0] + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-Xlog:class+load=info:file=" + log,
                "-cp",
                System.getProperty("java.class.path"),
                FontlessRenderMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("FONTCONFIG_FILE", "/nonexistent");
        builder.environment().put("FONTCONFIG_PATH", "/nonexistent");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM ends");
        return new Child(process.exitValue(), output, loadedClasses(log));
    }

    // lines look like "[0.012s][info][class,load] java.lang.Object source: shared objects file"
    private static List<String> loadedClasses(Path log) throws IOException {
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            int start = line.indexOf("[class,load] ");
            if (start >= 0) {
                String rest = line.substring(start + "[class,load] ".length());
                int end = rest.indexOf(' ');
                classes.add(end < 0 ? rest : rest.substring(0, end));
            }
        }
        return classes;
    }

    private static List<String> matching(List<String> classes, List<String> prefixes) {
        return classes.stream()
                .filter(name -> prefixes.stream().anyMatch(name::startsWith))
                .toList();
    }

    private record Child(int exitCode, String output, List<String> loaded) {}
}
