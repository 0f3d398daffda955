package org.captchaee.impl.image.render;

import java.util.List;

/**
 * The smallest upright box that holds some strokes, their width included.
 *
 * @param left the smallest x in pixels
 * @param top the smallest y in pixels
 * @param right the largest x in pixels
 * @param bottom the largest y in pixels
 */
record Bounds(float left, float top, float right, float bottom) {

    /**
     * The box of some strokes.
     *
     * @param strokes the strokes, at least one
     * @return the box
     */
    static Bounds of(List<Stroke> strokes) {
        float left = Float.POSITIVE_INFINITY;
        float top = Float.POSITIVE_INFINITY;
        float right = Float.NEGATIVE_INFINITY;
        float bottom = Float.NEGATIVE_INFINITY;
        for (Stroke stroke : strokes) {
            float radius = stroke.width() / 2;
            float[] xy = stroke.xy();
            for (int i = 0; i < xy.length; i += 2) {
                left = Math.min(left, xy[i] - radius);
                right = Math.max(right, xy[i] + radius);
                top = Math.min(top, xy[i + 1] - radius);
                bottom = Math.max(bottom, xy[i + 1] + radius);
            }
        }
        return new Bounds(left, top, right, bottom);
    }

    /**
     * The width.
     *
     * @return the width in pixels
     */
    float width() {
        return right - left;
    }

    /**
     * The height.
     *
     * @return the height in pixels
     */
    float height() {
        return bottom - top;
    }
}
