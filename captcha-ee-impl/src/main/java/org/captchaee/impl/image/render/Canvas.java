package org.captchaee.impl.image.render;

/**
 * A grayscale raster that thick anti-aliased strokes are drawn on; one per image, used by one thread.
 *
 * <p>Each pixel holds its ink coverage, from 0 (background) to 1 (full ink). A stroke covers a pixel by the distance from
 * the pixel centre to the nearest segment of the stroke: fully within half the stroke width, fading out over one pixel
 * beyond. Strokes overlap by keeping the larger coverage, so joins and caps are round.
 */
final class Canvas {

    private final int width;
    private final int height;
    private final float[] ink;

    /**
     * Creates a blank canvas.
     *
     * @param width the width in pixels
     * @param height the height in pixels
     */
    Canvas(int width, int height) {
        this.width = width;
        this.height = height;
        this.ink = new float[width * height];
    }

    /**
     * The width.
     *
     * @return the width in pixels
     */
    int width() {
        return width;
    }

    /**
     * The height.
     *
     * @return the height in pixels
     */
    int height() {
        return height;
    }

    /**
     * Draws a polyline; a single point draws a round dot.
     *
     * @param xy the points as x, y pairs in pixels, at least one point
     * @param strokeWidth the stroke width in pixels
     */
    void stroke(float[] xy, float strokeWidth) {
        float radius = strokeWidth / 2;
        if (xy.length == 2) {
            segment(xy[0], xy[1], xy[0], xy[1], radius);
        }
        for (int i = 2; i < xy.length; i += 2) {
            segment(xy[i - 2], xy[i - 1], xy[i], xy[i + 1], radius);
        }
    }

    /**
     * The coverage of every pixel rounded to one of a few ink levels, row by row.
     *
     * @param levels the number of levels, 2 to 256
     * @return one level per pixel, 0 for background up to {@code levels - 1} for full ink
     */
    byte[] levels(int levels) {
        byte[] out = new byte[ink.length];
        int top = levels - 1;
        for (int i = 0; i < ink.length; i++) {
            out[i] = (byte) (int) (ink[i] * top + 0.5f);
        }
        return out;
    }

    private void segment(float x0, float y0, float x1, float y1, float radius) {
        float reach = radius + 0.5f;
        int left = Math.max(0, (int) Math.floor(Math.min(x0, x1) - reach));
        int right = Math.min(width - 1, (int) Math.ceil(Math.max(x0, x1) + reach));
        int top = Math.max(0, (int) Math.floor(Math.min(y0, y1) - reach));
        int bottom = Math.min(height - 1, (int) Math.ceil(Math.max(y0, y1) + reach));
        float dx = x1 - x0;
        float dy = y1 - y0;
        float lengthSquared = dx * dx + dy * dy;
        float inverseLengthSquared = lengthSquared > 0 ? 1 / lengthSquared : 0;
        float reachSquared = reach * reach;
        for (int y = top; y <= bottom; y++) {
            float py = y + 0.5f - y0;
            int row = y * width;
            for (int x = left; x <= right; x++) {
                float px = x + 0.5f - x0;
                float t = Math.max(0, Math.min(1, (px * dx + py * dy) * inverseLengthSquared));
                float ex = px - t * dx;
                float ey = py - t * dy;
                float distanceSquared = ex * ex + ey * ey;
                if (distanceSquared < reachSquared) {
                    float coverage = Math.min(1, reach - (float) Math.sqrt(distanceSquared));
                    if (coverage > ink[row + x]) {
                        ink[row + x] = coverage;
                    }
                }
            }
        }
    }
}
