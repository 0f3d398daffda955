package org.captchaee.impl.image.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PngEncoderTest {

    @ParameterizedTest(name = "{0} colours")
    @ValueSource(ints = {2, 3, 4, 5, 16, 17, 256})
    void everyPixelDecodesToItsPaletteColour_atEveryBitDepth(int colours) {
        int width = 13; // not a whole number of bytes at 1, 2 or 4 bits a pixel
        int height = 7;
        SplittableRandom random = new SplittableRandom(colours);
        int[] palette = new int[colours];
        for (int i = 0; i < colours; i++) {
            palette[i] = random.nextInt(0x1000000);
        }
        byte[] pixels = new byte[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) random.nextInt(colours);
        }

        byte[] png = PngEncoder.encode(width, height, pixels, palette);

        BufferedImage image = PngFiles.decode(png);
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int expected = palette[pixels[y * width + x] & 0xFF];
                assertEquals(expected, image.getRGB(x, y) & 0xFFFFFF, "pixel " + x + ", " + y);
            }
        }
    }

    @ParameterizedTest(name = "{0} colours: {1} bits")
    @CsvSource({"2, 1", "3, 2", "4, 2", "5, 4", "16, 4", "17, 8", "256, 8"})
    void header_declaresTheSmallestBitDepth_andThePalette(int colours, int bitDepth) {
        byte[] png = PngEncoder.encode(3, 2, new byte[6], new int[colours]);

        List<PngFiles.Chunk> chunks = PngFiles.chunks(png);
        assertEquals(
                List.of("IHDR", "PLTE", "IDAT", "IEND"),
                chunks.stream().map(PngFiles.Chunk::type).toList());
        ByteBuffer header = ByteBuffer.wrap(chunks.get(0).data());
        assertEquals(3, header.getInt(), "width");
        assertEquals(2, header.getInt(), "height");
        assertEquals(bitDepth, header.get(), "bit depth");
        assertEquals(3, header.get(), "colour type: palette");
        assertEquals(3 * colours, chunks.get(1).data().length, "palette size");
    }
}
