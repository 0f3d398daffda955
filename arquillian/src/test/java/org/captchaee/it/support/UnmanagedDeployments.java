package org.captchaee.it.support;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;

/** Where a deployment that a test deployed itself (through the Arquillian {@code Deployer}) answers. */
public final class UnmanagedDeployments {

    private UnmanagedDeployments() {}

    /**
     * The base URL of a deployment on the server named by {@code arquillian.launch}, from the ports the build gave it.
     *
     * @param name the deployment's name, which is its context root
     * @return the base URL
     * @throws IllegalStateException on Payara Micro, which gives each deployment a random port
     */
    public static URL baseUrl(String name) {
        String server = System.getProperty("arquillian.launch", "");
        int port =
                switch (server) {
                    case "wildfly" -> 8080 + Integer.getInteger("wildfly.port.offset", 0);
                    case "liberty" -> Integer.getInteger("liberty.http.port", 9080);
                    case "glassfish" -> Integer.getInteger("glassfish.http.port", 8080);
                    default -> throw new IllegalStateException("no fixed port on server '" + server + "'");
                };
        try {
            return URI.create("http://127.0.0.1:" + port + "/" + name + "/").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
