package org.captchaee.impl.provider;

import java.net.URI;
import java.time.Duration;

/** The configured way to reach a provider's API: implemented by each provider's settings. */
public interface ProviderLink {

    /**
     * The configured endpoint.
     *
     * @return the URL of the API
     */
    URI endpoint();

    /**
     * The time budget of one call, also used for the HTTP client's own timeouts.
     *
     * @return the budget
     */
    Duration timeout();

    /**
     * How the provider is reached.
     *
     * @return the outbound proxy, or the JVM's own settings
     */
    OutboundProxy proxy();
}
