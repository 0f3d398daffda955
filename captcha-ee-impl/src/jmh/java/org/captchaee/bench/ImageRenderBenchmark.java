package org.captchaee.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

import org.captchaee.impl.image.render.CaptchaImageRenderer;
import org.captchaee.impl.image.render.Glyphs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.google.code.kaptcha.impl.DefaultKaptcha;
import com.google.code.kaptcha.util.Config;
import com.wf.captcha.SpecCaptcha;

/**
 * Images per second of a 160 by 60 PNG captcha with a 5-character answer: the captcha-ee renderer beside Kaptcha and
 * EasyCaptcha, each from answer to PNG bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ImageRenderBenchmark {

    private static final int WIDTH = 160;
    private static final int HEIGHT = 60;
    private static final int LENGTH = 5;

    private CaptchaImageRenderer renderer;
    private DefaultKaptcha kaptcha;
    private SplittableRandom random;

    /** Builds the renderers once per thread, as an application would. */
    @Setup
    public void setUp() {
        renderer = new CaptchaImageRenderer(WIDTH, HEIGHT);
        Properties properties = new Properties();
        properties.setProperty("kaptcha.image.width", String.valueOf(WIDTH));
        properties.setProperty("kaptcha.image.height", String.valueOf(HEIGHT));
        properties.setProperty("kaptcha.textproducer.char.length", String.valueOf(LENGTH));
        kaptcha = new DefaultKaptcha();
        kaptcha.setConfig(new Config(properties));
        random = new SplittableRandom(1);
    }

    /**
     * The captcha-ee renderer.
     *
     * @return the PNG
     */
    @Benchmark
    public byte[] captchaEe() {
        return renderer.renderPng(answer(), random);
    }

    /**
     * Kaptcha's default producer, encoded by ImageIO.
     *
     * @return the PNG
     * @throws IOException never: the stream is in memory
     */
    @Benchmark
    public byte[] kaptcha() throws IOException {
        BufferedImage image = kaptcha.createImage(answer());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    /**
     * EasyCaptcha's SpecCaptcha, which draws its own answer and encodes with ImageIO.
     *
     * @return the PNG
     */
    @Benchmark
    public byte[] easyCaptcha() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        new SpecCaptcha(WIDTH, HEIGHT, LENGTH).out(png);
        return png.toByteArray();
    }

    private String answer() {
        char[] answer = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            answer[i] = Glyphs.ALPHABET.charAt(random.nextInt(Glyphs.ALPHABET.length()));
        }
        return new String(answer);
    }
}
