package org.captchaee.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.captchaee.impl.image.render.CaptchaImageRenderer;
import org.captchaee.impl.image.render.Glyphs;

/**
 * Writes sample captchas for {@code src/jmh/ocr/ocr-rate.sh}: {@code sample-NNNN.png} files, {@code answers.txt} with
 * one "file answer" line each, and {@code alphabet.txt}. Answers have 4 to 8 characters, each length as often.
 *
 * <p>Usage: {@code OcrSampleWriter DIR [COUNT=300] [SEED=1] [WIDTH=160] [HEIGHT=60]}
 */
public final class OcrSampleWriter {

    private OcrSampleWriter() {}

    /**
     * Writes the samples.
     *
     * @param args the directory, then optionally the count, the seed, the width and the height
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        int width = args.length > 3 ? Integer.parseInt(args[3]) : 160;
        int height = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        CaptchaImageRenderer renderer = new CaptchaImageRenderer(width, height);
        SplittableRandom random = new SplittableRandom(seed);
        Files.createDirectories(dir);
        StringBuilder answers = new StringBuilder();
        long bytes = 0;
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        for (int i = 0; i < count; i++) {
            String answer = randomAnswer(random, 4 + i % 5);
            byte[] png = renderer.renderPng(answer, random);
            String file = String.format("sample-%04d.png", i);
            Files.write(dir.resolve(file), png);
            answers.append(file).append(' ').append(answer).append('\n');
            bytes += png.length;
            smallest = Math.min(smallest, png.length);
            largest = Math.max(largest, png.length);
        }
        Files.writeString(dir.resolve("answers.txt"), answers);
        Files.writeString(dir.resolve("alphabet.txt"), Glyphs.ALPHABET + "\n");
        System.out.printf(
                "Wrote %d captchas of %dx%d to %s; PNG bytes min %d, avg %d, max %d%n",
                count, width, height, dir, smallest, bytes / count, largest);
    }

    private static String randomAnswer(SplittableRandom random, int length) {
        StringBuilder answer = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            answer.append(Glyphs.ALPHABET.charAt(random.nextInt(Glyphs.ALPHABET.length())));
        }
        return answer.toString();
    }
}
