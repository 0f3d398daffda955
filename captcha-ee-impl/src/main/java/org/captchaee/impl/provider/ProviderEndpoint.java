package org.captchaee.impl.provider;

import java.net.URI;

/**
 * Where a provider's API answers: the root of its configured endpoint, and the {@code Host} a signature covers.
 *
 * @param uri the root of the endpoint
 * @param host the host, with the port when the endpoint names one
 */
public record ProviderEndpoint(URI uri, String host) {

    /**
     * The endpoint of a configured URL.
     *
     * @param endpoint the configured URL
     * @return its root and host
     */
    public static ProviderEndpoint of(URI endpoint) {
        URI root = endpoint.resolve("/");
        return new ProviderEndpoint(
                root, root.getPort() == -1 ? root.getHost() : root.getHost() + ":" + root.getPort());
    }
}
