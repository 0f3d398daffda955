package org.captchaee.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.captchaee.it.support.arquillian.ConsoleCapture;

/** Everything the server under test has logged so far, to prove what never reaches a log. */
public final class ServerLogText {

    private ServerLogText() {}

    /**
     * The server's log.
     *
     * @return the text of the log of the server named by {@code arquillian.launch}
     */
    public static String read() {
        String server = System.getProperty("arquillian.launch", "");
        return switch (server) {
            case "wildfly" -> file(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"));
            case "liberty" -> file(
                    Path.of(System.getProperty("liberty.home"), "usr", "servers", "captcha", "logs", "messages.log"));
            case "payara" -> ConsoleCapture.install().since(0);
            case "glassfish" -> file(glassFishServerLog());
            default -> throw new IllegalStateException("unknown server '" + server + "'");
        };
    }

    /**
     * GlassFish's {@code server.log}, in the one domain the build created.
     *
     * @return the file
     */
    public static Path glassFishServerLog() {
        return Path.of(
                System.getProperty("glassfish.home"),
                "glassfish",
                "domains",
                System.getProperty("glassfish.domain"),
                "logs",
                "server.log");
    }

    private static String file(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
