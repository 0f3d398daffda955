package org.captchaee.impl.image.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The child JVM of {@link FontlessRenderingTest}: {@code render FILE} draws a few captchas and writes the last one to
 * FILE; {@code drawString} draws text with AWT, the control that does need the font machinery.
 */
public final class FontlessRenderMain {

    private FontlessRenderMain() {}

    /**
     * Runs one mode.
     *
     * @param args the mode and its file
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "render" -> {
                CaptchaImageRenderer renderer = new CaptchaImageRenderer(160, 60);
                SplittableRandom random = new SplittableRandom(11);
                byte[] png = null;
                for (int i = 0; i < 20; i++) {
                    png = renderer.renderPng("K7XR3", random);
                }
                Files.write(Path.of(args[1]), png);
            }
            case "drawString" -> new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB)
                    .createGraphics()
                    .drawString("x", 1, 5);
            default -> throw new IllegalArgumentException("Unknown mode " + args[0]);
        }
    }
}
