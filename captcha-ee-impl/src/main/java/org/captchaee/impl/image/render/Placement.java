package org.captchaee.impl.image.render;

/**
 * Where one glyph goes: maps its unit grid to pixels, scaled to the glyph box, slanted, turned about the box centre and
 * moved to its place in the image.
 */
final class Placement {

    private final float xx;
    private final float xy;
    private final float yx;
    private final float yy;
    private final float centerX;
    private final float centerY;

    /**
     * Creates a placement.
     *
     * @param centerX the x of the glyph box centre in pixels
     * @param centerY the y of the glyph box centre in pixels
     * @param boxWidth the glyph box width in pixels
     * @param boxHeight the glyph box height in pixels
     * @param rotation the turn in radians, clockwise on screen
     * @param slant how far the top of the box is moved right of its bottom, in box widths
     */
    Placement(float centerX, float centerY, float boxWidth, float boxHeight, double rotation, double slant) {
        float cos = (float) StrictMath.cos(rotation);
        float sin = (float) StrictMath.sin(rotation);
        // the slant leans the top of the box right and its bottom left: local x = (u - slant * v) * w, local y = v * h
        float slantedWidth = (float) -slant * boxWidth;
        this.xx = cos * boxWidth;
        this.xy = cos * slantedWidth - sin * boxHeight;
        this.yx = sin * boxWidth;
        this.yy = sin * slantedWidth + cos * boxHeight;
        this.centerX = centerX;
        this.centerY = centerY;
    }

    /**
     * Maps a polyline of the unit grid to pixels.
     *
     * @param unit the points as x, y pairs in the unit grid
     * @return the points as x, y pairs in pixels
     */
    float[] apply(float[] unit) {
        float[] pixels = new float[unit.length];
        for (int i = 0; i < unit.length; i += 2) {
            float u = unit[i] - 0.5f;
            float v = unit[i + 1] - 0.5f;
            pixels[i] = centerX + xx * u + xy * v;
            pixels[i + 1] = centerY + yx * u + yy * v;
        }
        return pixels;
    }
}
