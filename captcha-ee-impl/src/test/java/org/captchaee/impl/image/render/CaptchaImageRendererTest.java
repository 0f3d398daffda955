package org.captchaee.impl.image.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaptchaImageRendererTest {

    private static final CaptchaImageRenderer DEFAULT = new CaptchaImageRenderer(160, 60);
    private static final int BACKGROUND = 0xF4F6F9;
    private static final int INK = 0x1E2A4A;

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"99, 60", "401, 60", "160, 39", "160, 161", "0, 0", "-160, 60"})
    void constructor_rejectsSizesOutOfRange(int width, int height) {
        assertThrows(IllegalArgumentException.class, () -> new CaptchaImageRenderer(width, height));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"100, 40", "400, 160", "100, 160", "400, 40", "160, 60"})
    void sizesInRange_giveAPngOfThatSize(int width, int height) {
        byte[] png = new CaptchaImageRenderer(width, height).renderPng("ACEHJKMN", new SplittableRandom(1));

        List<PngFiles.Chunk> chunks = PngFiles.chunks(png);
        assertEquals(
                List.of("IHDR", "PLTE", "IDAT", "IEND"),
                chunks.stream().map(PngFiles.Chunk::type).toList());
        ByteBuffer header = ByteBuffer.wrap(chunks.get(0).data());
        assertEquals(width, header.getInt());
        assertEquals(height, header.getInt());
        BufferedImage image = PngFiles.decode(png);
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "ACE", "ACEHJKMNP", "ace5", "ACE0", "ACEO", "ACE ", "AC1E", "ACÉH"})
    void renderPng_rejectsAnswersOutOfTheAlphabetOrLength(String text) {
        assertThrows(IllegalArgumentException.class, () -> DEFAULT.renderPng(text, new SplittableRandom(1)));
    }

    @Test
    void renderPng_rejectsNulls() {
        assertThrows(NullPointerException.class, () -> DEFAULT.renderPng(null, new SplittableRandom(1)));
        assertThrows(NullPointerException.class, () -> DEFAULT.renderPng("ACEH", null));
    }

    @Test
    void defaultSize_staysAtMost8KB() {
        SplittableRandom random = new SplittableRandom(20);
        IntSummaryStatistics sizes = new IntSummaryStatistics();
        for (int i = 0; i < 200; i++) {
            sizes.accept(DEFAULT.renderPng(randomAnswer(random, 4 + i % 5), random).length);
        }
        assertTrue(sizes.getMax() <= 8 * 1024, sizes::toString);
    }

    @Test
    void sameSeed_givesTheSameBytes_otherSeed_otherBytes() {
        byte[] first = DEFAULT.renderPng("7XKR3", new SplittableRandom(42));
        byte[] again = new CaptchaImageRenderer(160, 60).renderPng("7XKR3", new SplittableRandom(42));
        byte[] otherSeed = DEFAULT.renderPng("7XKR3", new SplittableRandom(43));

        assertArrayEquals(first, again);
        assertFalse(Arrays.equals(first, otherSeed));
    }

    @Test
    void differentAnswers_giveDifferentImages() {
        byte[] one = DEFAULT.renderPng("ACEHJ", new SplittableRandom(7));
        byte[] other = DEFAULT.renderPng("ACEHK", new SplittableRandom(7));

        assertFalse(Arrays.equals(one, other));
    }

    @Test
    void everyGlyph_drawsInkInsideTheImage() {
        int[][] sizes = {{160, 60}, {100, 40}, {400, 160}, {100, 160}, {400, 40}};
        for (char c : Glyphs.ALPHABET.toCharArray()) {
            for (int[] size : sizes) {
                for (int seed = 0; seed < 20; seed++) {
                    String text = String.valueOf(c).repeat(4 + seed % 5);
                    List<Stroke> strokes = TextLayout.strokes(text, size[0], size[1], new SplittableRandom(seed));
                    Bounds bounds = Bounds.of(strokes);
                    String where = c + " in " + size[0] + "x" + size[1] + " seed " + seed + ": " + bounds;
                    assertTrue(bounds.left() >= 0 && bounds.top() >= 0, where);
                    assertTrue(bounds.right() <= size[0] && bounds.bottom() <= size[1], where);

                    Canvas canvas = new Canvas(size[0], size[1]);
                    strokes.forEach(stroke -> canvas.stroke(stroke.xy(), stroke.width()));
                    assertTrue(inkPixels(canvas.levels(4)) > text.length() * size[1] / 4, where);
                }
            }
        }
    }

    @Test
    void image_hasTextInkAndBackground() {
        BufferedImage image = PngFiles.decode(DEFAULT.renderPng("MWXY9", new SplittableRandom(3)));
        int background = 0;
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                background += rgb == BACKGROUND ? 1 : 0;
                ink += rgb == INK ? 1 : 0;
            }
        }
        int pixels = image.getWidth() * image.getHeight();
        assertTrue(background > pixels / 2, "background " + background);
        assertTrue(ink > pixels / 20, "ink " + ink);
    }

    @Test
    void oneSharedRenderer_givesEveryThreadTheImagesOfItsOwnSeed() throws Exception {
        int threads = 4;
        List<byte[]> expected = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            expected.add(renderMany(t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                results.add(pool.submit(() -> renderMany(seed)));
            }
            for (int t = 0; t < threads; t++) {
                assertArrayEquals(expected.get(t), results.get(t).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void alphabet_isUpperCase_withoutLookAlikes() {
        String alphabet = Glyphs.ALPHABET;
        assertTrue(alphabet.length() >= 18 && alphabet.length() <= 24, alphabet);
        assertEquals(alphabet.length(), alphabet.chars().distinct().count(), "each character once");
        assertTrue(alphabet.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')), alphabet);
        String[] lookAlikes = {"0OQD", "2Z", "5S", "8B", "UV", "6G", "CG", "EF", "4A", "4H", "UJ", "1IL7"};
        for (String group : lookAlikes) {
            long present = group.chars().filter(c -> alphabet.indexOf(c) >= 0).count();
            assertTrue(present <= 1, group + " in " + alphabet);
        }
    }

    @Test
    void glyphs_stayInTheUnitGrid() {
        for (char c : Glyphs.ALPHABET.toCharArray()) {
            float[][] strokes = Glyphs.strokes(c);
            assertTrue(strokes.length > 0, String.valueOf(c));
            for (float[] stroke : strokes) {
                assertTrue(stroke.length >= 4 && stroke.length % 2 == 0, String.valueOf(c));
                for (float v : stroke) {
                    assertTrue(v >= -0.001f && v <= 1.001f, c + ": " + v);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Glyphs.strokes('O'));
    }

    // all the images of one seed, one after the other, as a thread would draw them
    private static byte[] renderMany(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ByteBuffer all = ByteBuffer.allocate(50 * 8 * 1024);
        for (int i = 0; i < 50; i++) {
            all.put(DEFAULT.renderPng(randomAnswer(random, 6), random));
        }
        return Arrays.copyOf(all.array(), all.position());
    }

    private static String randomAnswer(SplittableRandom random, int length) {
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < length; i++) {
            answer.append(Glyphs.ALPHABET.charAt(random.nextInt(Glyphs.ALPHABET.length())));
        }
        return answer.toString();
    }

    private static int inkPixels(byte[] levels) {
        int ink = 0;
        for (byte level : levels) {
            ink += level == 3 ? 1 : 0;
        }
        return ink;
    }
}
