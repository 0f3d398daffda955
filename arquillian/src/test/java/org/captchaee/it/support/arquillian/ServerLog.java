package org.captchaee.it.support.arquillian;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.captchaee.it.support.ServerLogText;

/** Where a server writes its log, read from a mark on, to explain a failed deployment. */
interface ServerLog {

    /** A server whose deployment failures already carry their messages (WildFly). */
    ServerLog NONE = new ServerLog() {
        @Override
        public long mark() {
            return 0;
        }

        @Override
        public String since(long mark) {
            return "";
        }
    };

    /** The current end of the log. */
    long mark();

    /** What was logged since a mark. */
    String since(long mark);

    /**
     * The log of the server an adapter drives.
     *
     * @param adapterClassName the class name of the Arquillian adapter
     * @return the log
     */
    static ServerLog of(String adapterClassName) {
        if (adapterClassName.contains("payara")) {
            // the Payara Micro adapter relays the server's output to standard output
            ConsoleCapture console = ConsoleCapture.install();
            return new ServerLog() {
                @Override
                public long mark() {
                    return console.mark();
                }

                @Override
                public String since(long mark) {
                    return console.since(mark);
                }
            };
        }
        String libertyHome = System.getProperty("liberty.home");
        if (adapterClassName.contains("openliberty") && libertyHome != null) {
            return new LogFile(Path.of(libertyHome, "usr", "servers", "captcha", "logs", "messages.log"));
        }
        if (adapterClassName.contains("glassfish") && System.getProperty("glassfish.home") != null) {
            return new LogFile(ServerLogText.glassFishServerLog());
        }
        return NONE;
    }

    /** A log file that only grows while the server runs. */
    record LogFile(Path file) implements ServerLog {
        @Override
        public long mark() {
            try {
                return Files.exists(file) ? Files.size(file) : 0;
            } catch (IOException e) {
                return 0;
            }
        }

        @Override
        public String since(long mark) {
            try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
                long length = log.length();
                byte[] bytes = new byte[(int) Math.max(0, length - mark)];
                log.seek(Math.min(mark, length));
                log.readFully(bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(the server log " + file + " could not be read: " + e + ")";
            }
        }
    }
}
