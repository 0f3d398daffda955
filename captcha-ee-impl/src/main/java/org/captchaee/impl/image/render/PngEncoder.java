package org.captchaee.impl.image.render;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes palette images as PNG (ISO/IEC 15948): signature, IHDR, PLTE, one zlib IDAT and IEND, with no row filter.
 *
 * <p>Pixels are packed at the smallest bit depth that holds the palette (1, 2, 4 or 8 bits), which keeps small images
 * small. The fastest zlib level is used: on images of a few colours it compresses within a few percent of the best level,
 * several times faster.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int COLOR_TYPE_PALETTE = 3;

    private PngEncoder() {}

    /**
     * Encodes a palette image.
     *
     * @param width the width in pixels
     * @param height the height in pixels
     * @param pixels the palette index of every pixel, row by row
     * @param palette the colours as {@code 0xRRGGBB}, 1 to 256 of them
     * @return the PNG file
     */
    static byte[] encode(int width, int height, byte[] pixels, int[] palette) {
        int bitDepth = bitDepth(palette.length);
        ByteArrayOutputStream png = new ByteArrayOutputStream(1024 + pixels.length * bitDepth / 8);
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", header(width, height, bitDepth));
        chunk(png, "PLTE", colours(palette));
        chunk(png, "IDAT", deflate(rows(width, height, pixels, bitDepth)));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static int bitDepth(int colours) {
        if (colours <= 2) {
            return 1;
        }
        if (colours <= 4) {
            return 2;
        }
        return colours <= 16 ? 4 : 8;
    }

    private static byte[] header(int width, int height, int bitDepth) {
        return ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) bitDepth)
                .put((byte) COLOR_TYPE_PALETTE)
                .put((byte) 0) // deflate compression
                .put((byte) 0) // adaptive filtering, each row filtered by its first byte
                .put((byte) 0) // no interlace
                .array();
    }

    private static byte[] colours(int[] palette) {
        byte[] rgb = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            rgb[3 * i] = (byte) (palette[i] >> 16);
            rgb[3 * i + 1] = (byte) (palette[i] >> 8);
            rgb[3 * i + 2] = (byte) palette[i];
        }
        return rgb;
    }

    // each row: filter type 0 (none), then the pixels packed most significant bits first
    private static byte[] rows(int width, int height, byte[] pixels, int bitDepth) {
        int perByte = 8 / bitDepth;
        int rowBytes = 1 + (width + perByte - 1) / perByte;
        byte[] raw = new byte[rowBytes * height];
        for (int y = 0; y < height; y++) {
            int rowStart = y * rowBytes + 1;
            for (int x = 0; x < width; x++) {
                int shift = 8 - bitDepth * (x % perByte + 1);
                raw[rowStart + x / perByte] |= (byte) (pixels[y * width + x] << shift);
            }
        }
        return raw;
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
