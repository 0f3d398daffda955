package org.captchaee.impl.image.render;

/**
 * The answer alphabet of the image captcha and the shape of each of its characters.
 *
 * <p>The alphabet holds upper-case letters and digits only, without characters that a person could take for one another
 * once distorted (0/O/Q/D, 1/I/L/7, 2/Z, 4/A/H, 5/S, 8/B, U/V/J, 6/G, C/G, E/F). Answers are compared case-insensitively by the
 * caller.
 *
 * <p>Each character is drawn from strokes the library ships: polylines and elliptic arcs in a unit grid, x from 0 (left)
 * to 1 (right) and y from 0 (top) to 1 (bottom). No font is ever used.
 */
public final class Glyphs {

    /** The characters an answer may hold, one of each. */
    public static final String ALPHABET = "23579ACEHJKMNPRTWXY";

    // one point of an arc per this many degrees at most
    private static final float ARC_STEP_DEGREES = 12;

    // the strokes of each character of ALPHABET, in the same order; each stroke is a polyline of x, y pairs
    private static final float[][][] STROKES = {
        // 2
        {join(arc(0.5f, 0.28f, 0.42f, 0.28f, 160, -35), points(0.04f, 1, 0.98f, 1))},
        // 3
        {join(arc(0.48f, 0.26f, 0.42f, 0.26f, 155, -90), arc(0.48f, 0.74f, 0.46f, 0.26f, 90, -155))},
        // 5
        {join(points(0.88f, 0, 0.16f, 0, 0.1f, 0.46f), arc(0.5f, 0.69f, 0.44f, 0.31f, 135, -150))},
        // 7
        {points(0, 0, 1, 0, 0.34f, 1)},
        // 9
        {arc(0.5f, 0.31f, 0.42f, 0.31f, 0, 360), join(points(0.92f, 0.31f), arc(0.5f, 0.66f, 0.42f, 0.34f, 0, -150))},
        // A
        {points(0, 1, 0.5f, 0, 1, 1), points(0.2f, 0.64f, 0.8f, 0.64f)},
        // C
        {arc(0.56f, 0.5f, 0.48f, 0.5f, 45, 315)},
        // E
        {points(0.95f, 0, 0.05f, 0, 0.05f, 1, 0.95f, 1), points(0.05f, 0.5f, 0.78f, 0.5f)},
        // H
        {points(0, 0, 0, 1), points(1, 0, 1, 1), points(0, 0.5f, 1, 0.5f)},
        // J
        {points(0.3f, 0, 0.95f, 0), join(points(0.78f, 0), arc(0.42f, 0.66f, 0.36f, 0.34f, 0, -180))},
        // K
        {points(0.04f, 0, 0.04f, 1), points(0.96f, 0, 0.04f, 0.62f), points(0.34f, 0.42f, 0.98f, 1)},
        // M
        {points(0, 1, 0.02f, 0, 0.5f, 0.7f, 0.98f, 0, 1, 1)},
        // N
        {points(0.02f, 1, 0.02f, 0, 0.98f, 1, 0.98f, 0)},
        // P
        {join(points(0.04f, 1, 0.04f, 0, 0.56f, 0), arc(0.56f, 0.27f, 0.4f, 0.27f, 90, -90), points(0.04f, 0.54f))},
        // R
        {
            join(points(0.04f, 1, 0.04f, 0, 0.56f, 0), arc(0.56f, 0.27f, 0.4f, 0.27f, 90, -90), points(0.04f, 0.54f)),
            points(0.5f, 0.54f, 1, 1)
        },
        // T
        {points(0, 0, 1, 0), points(0.5f, 0, 0.5f, 1)},
        // W
        {points(0, 0, 0.22f, 1, 0.5f, 0.3f, 0.78f, 1, 1, 0)},
        // X
        {points(0.02f, 0, 0.98f, 1), points(0.98f, 0, 0.02f, 1)},
        // Y
        {points(0, 0, 0.5f, 0.5f, 1, 0), points(0.5f, 0.5f, 0.5f, 1)},
    };

    private Glyphs() {}

    /**
     * The strokes of one character; callers must not modify them.
     *
     * @param c a character of {@link #ALPHABET}
     * @return the polylines, each as x, y pairs in the unit grid
     * @throws IllegalArgumentException if the character is not in the alphabet
     */
    static float[][] strokes(char c) {
        int index = ALPHABET.indexOf(c);
        if (index < 0) {
            throw new IllegalArgumentException("'" + c + "' is not in the captcha alphabet " + ALPHABET);
        }
        return STROKES[index];
    }

    private static float[] points(float... xy) {
        return xy;
    }

    // an elliptic arc from one angle to another, in degrees counter-clockwise from the positive x axis as seen on
    // screen
    private static float[] arc(float cx, float cy, float rx, float ry, float fromDegrees, float toDegrees) {
        int steps = Math.max(2, (int) Math.ceil(Math.abs(toDegrees - fromDegrees) / ARC_STEP_DEGREES));
        float[] xy = new float[2 * (steps + 1)];
        for (int i = 0; i <= steps; i++) {
            double angle = Math.toRadians(fromDegrees + (toDegrees - fromDegrees) * i / steps);
            xy[2 * i] = (float) (cx + rx * StrictMath.cos(angle));
            xy[2 * i + 1] = (float) (cy - ry * StrictMath.sin(angle));
        }
        return xy;
    }

    // one polyline through the parts one after the other
    private static float[] join(float[]... parts) {
        int length = 0;
        for (float[] part : parts) {
            length += part.length;
        }
        float[] xy = new float[length];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, xy, at, part.length);
            at += part.length;
        }
        return xy;
    }
}
