package org.captchaee.impl.image.render;

import java.util.random.RandomGenerator;

/**
 * A smooth wave distortion of the whole image, applied to stroke points before they are drawn: each point moves up or down
 * by a sine of its x and left or right by a sine of its y. Long segments are first cut into short ones, so that straight
 * strokes bend with the wave.
 */
final class Warp {

    private static final double TAU = 2 * Math.PI;
    // longest segment left straight, in pixels
    private static final float STEP = 4;

    private final double verticalAmplitude;
    private final double verticalFrequency;
    private final double verticalPhase;
    private final double horizontalAmplitude;
    private final double horizontalFrequency;
    private final double horizontalPhase;

    private Warp(
            double verticalAmplitude,
            double verticalFrequency,
            double verticalPhase,
            double horizontalAmplitude,
            double horizontalFrequency,
            double horizontalPhase) {
        this.verticalAmplitude = verticalAmplitude;
        this.verticalFrequency = verticalFrequency;
        this.verticalPhase = verticalPhase;
        this.horizontalAmplitude = horizontalAmplitude;
        this.horizontalFrequency = horizontalFrequency;
        this.horizontalPhase = horizontalPhase;
    }

    /**
     * A random wave for an image.
     *
     * @param width the image width in pixels
     * @param height the image height in pixels
     * @param random the source of randomness
     * @return the wave
     */
    static Warp random(int width, int height, RandomGenerator random) {
        return new Warp(
                height * random.nextDouble(0.07, 0.1),
                TAU / (width * random.nextDouble(0.5, 0.8)),
                random.nextDouble(TAU),
                height * random.nextDouble(0.02, 0.04),
                TAU / (height * random.nextDouble(0.8, 1.3)),
                random.nextDouble(TAU));
    }

    /**
     * How far the wave moves a point up or down at most.
     *
     * @return the distance in pixels
     */
    float verticalReach() {
        return (float) verticalAmplitude;
    }

    /**
     * How far the wave moves a point left or right at most.
     *
     * @return the distance in pixels
     */
    float horizontalReach() {
        return (float) horizontalAmplitude;
    }

    /**
     * Distorts a polyline.
     *
     * @param xy the points as x, y pairs in pixels
     * @return the distorted polyline, with extra points on long segments
     */
    float[] apply(float[] xy) {
        float[] fine = subdivide(xy);
        for (int i = 0; i < fine.length; i += 2) {
            double x = fine[i];
            double y = fine[i + 1];
            fine[i] = (float) (x + horizontalAmplitude * StrictMath.sin(y * horizontalFrequency + horizontalPhase));
            fine[i + 1] = (float) (y + verticalAmplitude * StrictMath.sin(x * verticalFrequency + verticalPhase));
        }
        return fine;
    }

    private static float[] subdivide(float[] xy) {
        int points = xy.length / 2;
        int[] pieces = new int[points];
        int total = 1;
        for (int i = 1; i < points; i++) {
            float dx = xy[2 * i] - xy[2 * i - 2];
            float dy = xy[2 * i + 1] - xy[2 * i - 1];
            pieces[i] = Math.max(1, (int) Math.ceil(Math.sqrt(dx * dx + dy * dy) / STEP));
            total += pieces[i];
        }
        float[] fine = new float[2 * total];
        fine[0] = xy[0];
        fine[1] = xy[1];
        int at = 2;
        for (int i = 1; i < points; i++) {
            float x0 = xy[2 * i - 2];
            float y0 = xy[2 * i - 1];
            float dx = xy[2 * i] - x0;
            float dy = xy[2 * i + 1] - y0;
            for (int k = 1; k <= pieces[i]; k++) {
                fine[at++] = x0 + dx * k / pieces[i];
                fine[at++] = y0 + dy * k / pieces[i];
            }
        }
        return fine;
    }
}
