package org.captchaee.impl.image.render;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Lays an answer out in an image: the strokes of its characters, each character scaled, slanted, turned and moved at
 * random, close enough to touch a neighbour now and then, the whole text put at a random place and bent by one
 * {@link Warp}.
 *
 * <p>Sizes are fractions of the image height, so the text looks alike at every image size; a long answer in a narrow
 * image gets narrower characters. The text, strokes and wave included, always stays inside the image.
 */
final class TextLayout {

    private static final float GLYPH_HEIGHT = 0.55f; // of the image height
    private static final float GLYPH_ASPECT = 0.62f; // width over height
    private static final float NARROWEST_ASPECT = 0.45f;
    private static final float ADVANCE = 1.35f; // of the glyph width
    private static final float STROKE_WIDTH = 2.6f / 60; // of the image height
    private static final float MARGIN = 0.04f; // of the image height, between the text and the image edges
    // each character at random: its size, its move from its place, its turn and its slant
    private static final float SIZE_CHANGE = 0.12f; // of the size, either way
    private static final float SHIFT_X = 0.08f; // of the glyph width, either way
    private static final float SHIFT_Y = 0.05f; // of the image height, either way
    private static final double TURN = 0.2; // in radians, either way
    private static final double SLANT = 0.15; // in glyph widths, either way
    private static final float STROKE_CHANGE = 0.15f; // of the stroke width, either way

    private TextLayout() {}

    /**
     * The strokes of an answer.
     *
     * @param text the answer, characters of {@link Glyphs#ALPHABET}
     * @param width the image width in pixels
     * @param height the image height in pixels
     * @param random the source of randomness
     * @return the strokes in pixels
     */
    static List<Stroke> strokes(String text, int width, int height, RandomGenerator random) {
        List<Stroke> flat = place(text, width, height, random);
        Warp warp = Warp.random(width, height, random);
        Bounds bounds = Bounds.of(flat);
        float roomX = width - 2 * (MARGIN * height + warp.horizontalReach());
        float roomY = height - 2 * (MARGIN * height + warp.verticalReach());
        float scale = Math.min(1, Math.min(roomX / bounds.width(), roomY / bounds.height()));
        float left = (width - roomX) / 2 + random.nextFloat() * (roomX - scale * bounds.width());
        float top = (height - roomY) / 2 + random.nextFloat() * (roomY - scale * bounds.height());
        List<Stroke> strokes = new ArrayList<>(flat.size());
        for (Stroke stroke : flat) {
            float[] xy = stroke.xy();
            for (int i = 0; i < xy.length; i += 2) {
                xy[i] = left + scale * (xy[i] - bounds.left());
                xy[i + 1] = top + scale * (xy[i + 1] - bounds.top());
            }
            strokes.add(new Stroke(warp.apply(xy), scale * stroke.width()));
        }
        return strokes;
    }

    // the characters side by side from x = 0, unbent
    private static List<Stroke> place(String text, int width, int height, RandomGenerator random) {
        int count = text.length();
        float glyphHeight = GLYPH_HEIGHT * height;
        float glyphWidth = Math.min(GLYPH_ASPECT * glyphHeight, width / (1 + ADVANCE * (count - 1)));
        glyphHeight = Math.min(glyphHeight, glyphWidth / NARROWEST_ASPECT);
        float advance = ADVANCE * glyphWidth;
        List<Stroke> strokes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float size = 1 + random.nextFloat(-SIZE_CHANGE, SIZE_CHANGE);
            Placement placement = new Placement(
                    advance * i + glyphWidth * random.nextFloat(-SHIFT_X, SHIFT_X),
                    height * random.nextFloat(-SHIFT_Y, SHIFT_Y),
                    glyphWidth * size,
                    glyphHeight * size,
                    random.nextDouble(-TURN, TURN),
                    random.nextDouble(-SLANT, SLANT));
            float strokeWidth = STROKE_WIDTH * height * size * (1 + random.nextFloat(-STROKE_CHANGE, STROKE_CHANGE));
            for (float[] unit : Glyphs.strokes(text.charAt(i))) {
                strokes.add(new Stroke(placement.apply(unit), strokeWidth));
            }
        }
        return strokes;
    }
}
