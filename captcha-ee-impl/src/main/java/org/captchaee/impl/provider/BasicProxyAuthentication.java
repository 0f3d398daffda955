package org.captchaee.impl.provider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Whether this JVM's HTTP client sends Basic credentials to a proxy. The JDK refuses to, JVM-wide, for the schemes
 * listed in {@code jdk.http.auth.tunneling.disabledSchemes} (the {@code CONNECT} of an https call; {@code Basic} by
 * default, in {@code conf/net.properties}) and {@code jdk.http.auth.proxying.disabledSchemes} (a plain-http call; empty
 * by default), whether the credentials come from an {@code Authenticator} or a {@code Proxy-Authorization} header. A
 * library must not change these JVM-wide settings, so it checks them, as the JDK reads them: the system property, else
 * {@code net.properties}.
 */
final class BasicProxyAuthentication {

    /** The JDK's setting for the {@code CONNECT} of https calls. */
    static final String TUNNELING = "jdk.http.auth.tunneling.disabledSchemes";

    /** The JDK's setting for plain-http calls through a proxy. */
    static final String PROXYING = "jdk.http.auth.proxying.disabledSchemes";

    private BasicProxyAuthentication() {}

    /**
     * Whether the JVM drops Basic proxy credentials.
     *
     * @param property {@link #TUNNELING} or {@link #PROXYING}
     * @return {@code true} if the setting lists {@code Basic}
     */
    static boolean disabled(String property) {
        return Optional.ofNullable(System.getProperty(property))
                .or(() -> Optional.ofNullable(netProperties().getProperty(property)))
                .map(BasicProxyAuthentication::listsBasic)
                .orElse(false);
    }

    /**
     * Whether a list of schemes names Basic.
     *
     * @param schemes the comma-separated schemes
     * @return {@code true} if one of them is {@code Basic}, in any case
     */
    static boolean listsBasic(String schemes) {
        return Stream.of(schemes.split(",")).map(String::trim).anyMatch("Basic"::equalsIgnoreCase);
    }

    private static Properties netProperties() {
        Properties properties = new Properties();
        Path file = Path.of(System.getProperty("java.home"), "conf", "net.properties");
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            // no file: the JDK then has no default either
        }
        return properties;
    }
}
