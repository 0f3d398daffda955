package org.captchaee.impl.image.render;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Draws the answer of an image captcha as a small distorted PNG that people read easily and plain OCR does not.
 *
 * <p>The characters are strokes the library ships ({@link Glyphs}), never a font, and the image is rasterised and
 * encoded here without {@code java.awt} or {@code javax.imageio}: rendering works on a headless JVM with no fonts and no
 * fontconfig. Each character is scaled, slanted, turned and moved at random, a wave bends the whole text, and thin wavy
 * lines and speckle in the same ink cross it. The image has four grey-blue levels, so a 160 by 60 image takes about a
 * kilobyte.
 *
 * <p>The output depends only on the size, the text and the values drawn from the random generator, so a seeded generator
 * gives the same bytes every time. A renderer holds no mutable state: one instance may be shared by any number of
 * threads, each passing its own random generator.
 */
public final class CaptchaImageRenderer {

    private static final int MIN_WIDTH = 100;
    private static final int MAX_WIDTH = 400;
    private static final int MIN_HEIGHT = 40;
    private static final int MAX_HEIGHT = 160;
    private static final int MIN_LENGTH = 4;
    private static final int MAX_LENGTH = 8;

    // background, two anti-aliasing levels, ink
    private static final int[] PALETTE = {0xF4F6F9, 0xB4BAC8, 0x6A7590, 0x1E2A4A};
    private static final int CROSSING_LINES = 3;
    // the widths of the crossing lines and the speckle, in noise units: the height of an image of usual proportions
    private static final float LINE_WIDTH = 3f / 60;
    private static final float SPECKLE_SIZE = 2.2f / 60;
    private static final float USUAL_PROPORTIONS = 60f / 160; // height over width
    // one speckle dot per this many pixels
    private static final int SPECKLE_AREA = 300;

    private final int width;
    private final int height;

    /**
     * Creates a renderer of images of one size; the library uses 160 by 60.
     *
     * @param width the image width in pixels, 100 to 400
     * @param height the image height in pixels, 40 to 160
     * @throws IllegalArgumentException if a dimension is out of range
     */
    public CaptchaImageRenderer(int width, int height) {
        if (width < MIN_WIDTH || width > MAX_WIDTH || height < MIN_HEIGHT || height > MAX_HEIGHT) {
            throw new IllegalArgumentException(
                    "A captcha image is " + MIN_WIDTH + " to " + MAX_WIDTH + " pixels wide and " + MIN_HEIGHT + " to "
                            + MAX_HEIGHT + " pixels high, not " + width + " by " + height);
        }
        this.width = width;
        this.height = height;
    }

    /**
     * Draws an answer.
     *
     * @param text the answer, 4 to 8 characters of {@link Glyphs#ALPHABET}
     * @param random the source of every random choice; the same sequence of values gives the same image
     * @return the PNG file
     * @throws IllegalArgumentException if the text is too short, too long or holds a character out of the alphabet
     * @throws NullPointerException if an argument is null
     */
    public byte[] renderPng(String text, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        checkText(Objects.requireNonNull(text, "text"));
        Canvas canvas = new Canvas(width, height);
        List<Stroke> strokes = TextLayout.strokes(text, width, height, random);
        for (Stroke stroke : strokes) {
            canvas.stroke(stroke.xy(), stroke.width());
        }
        float unit = Math.min(height, USUAL_PROPORTIONS * width);
        Noise.crossingLines(canvas, Bounds.of(strokes), CROSSING_LINES, LINE_WIDTH * unit, random);
        Noise.speckle(canvas, width * height / SPECKLE_AREA, SPECKLE_SIZE * unit, random);
        return PngEncoder.encode(width, height, canvas.levels(PALETTE.length), PALETTE);
    }

    private static void checkText(String text) {
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "A captcha answer has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters, not " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            if (Glyphs.ALPHABET.indexOf(text.charAt(i)) < 0) {
                throw new IllegalArgumentException(
                        "Character " + i + " of the captcha answer is not in the alphabet " + Glyphs.ALPHABET);
            }
        }
    }
}
