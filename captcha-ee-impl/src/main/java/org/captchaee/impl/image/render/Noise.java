package org.captchaee.impl.image.render;

import java.util.random.RandomGenerator;

/**
 * The clutter drawn with the text in the same ink: wavy lines across the whole image, through the text, and light
 * speckle.
 */
final class Noise {

    // distance between the points of a crossing line, in pixels
    private static final float LINE_STEP = 4;

    private Noise() {}

    /**
     * Draws wavy lines from the left edge to the right edge, through the middle of the text.
     *
     * @param canvas the canvas
     * @param text the box of the text
     * @param count the number of lines
     * @param strokeWidth the nominal stroke width in pixels
     * @param random the source of randomness
     */
    static void crossingLines(Canvas canvas, Bounds text, int count, float strokeWidth, RandomGenerator random) {
        float width = canvas.width();
        int points = (int) Math.ceil(width / LINE_STEP) + 3;
        for (int line = 0; line < count; line++) {
            double start = text.top() + text.height() * random.nextDouble(0.25, 0.75);
            double end = text.top() + text.height() * random.nextDouble(0.25, 0.75);
            double amplitude = text.height() * random.nextDouble(0.08, 0.2);
            double frequency = 2 * Math.PI / (width * random.nextDouble(0.45, 1.1));
            double phase = random.nextDouble(2 * Math.PI);
            float lineWidth = strokeWidth * (float) random.nextDouble(0.35, 0.5);
            float[] xy = new float[2 * points];
            for (int i = 0; i < points; i++) {
                double x = (i - 1) * LINE_STEP;
                xy[2 * i] = (float) x;
                xy[2 * i + 1] =
                        (float) (start + (end - start) * x / width + amplitude * StrictMath.sin(x * frequency + phase));
            }
            canvas.stroke(xy, lineWidth);
        }
    }

    /**
     * Draws small dots anywhere on the image.
     *
     * @param canvas the canvas
     * @param count the number of dots
     * @param largestDiameter the diameter of the largest dots in pixels
     * @param random the source of randomness
     */
    static void speckle(Canvas canvas, int count, float largestDiameter, RandomGenerator random) {
        for (int i = 0; i < count; i++) {
            float[] dot = {random.nextFloat(canvas.width()), random.nextFloat(canvas.height())};
            canvas.stroke(dot, largestDiameter * random.nextFloat(0.4f, 1));
        }
    }
}
