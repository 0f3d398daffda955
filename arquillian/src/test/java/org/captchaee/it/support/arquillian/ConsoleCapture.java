package org.captchaee.it.support.arquillian;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps a copy of what the test JVM prints to standard output, where the Payara Micro adapter relays the server's log.
 * Bounded: only the most recent {@value #CAPACITY} bytes are kept.
 */
public final class ConsoleCapture {

    private static final int CAPACITY = 4 * 1024 * 1024;
    private static final ConsoleCapture INSTANCE = new ConsoleCapture();

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private long dropped;

    private ConsoleCapture() {
        PrintStream original = System.out;
        System.setOut(new PrintStream(new Tee(original), true, StandardCharsets.UTF_8));
    }

    public static ConsoleCapture install() {
        return INSTANCE;
    }

    /** A position in the output, to read what is printed after it. */
    synchronized long mark() {
        return dropped + buffer.size();
    }

    /** What was printed since a mark (or what is left of it). */
    public synchronized String since(long mark) {
        String kept = buffer.toString(StandardCharsets.UTF_8);
        int from = (int) Math.max(0, mark - dropped);
        return from >= kept.length() ? "" : kept.substring(from);
    }

    private synchronized void keep(byte[] bytes, int offset, int length) {
        buffer.write(bytes, offset, length);
        if (buffer.size() > CAPACITY) {
            byte[] all = buffer.toByteArray();
            int cut = all.length - CAPACITY / 2;
            dropped += cut;
            buffer.reset();
            buffer.write(all, cut, all.length - cut);
        }
    }

    /** Writes to the original stream and keeps a copy. */
    private final class Tee extends OutputStream {
        private final PrintStream original;

        Tee(PrintStream original) {
            this.original = original;
        }

        @Override
        public void write(int b) {
            original.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            original.write(bytes, offset, length);
            keep(bytes, offset, length);
        }

        @Override
        public void flush() {
            original.flush();
        }
    }
}
