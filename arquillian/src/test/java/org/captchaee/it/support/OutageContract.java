package org.captchaee.it.support;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The outage tests every cloud verifier's integration test runs (orders 10 to 14, after the tests that need the provider
 * healthy): see {@link ProviderOutages}.
 */
public interface OutageContract {

    /**
     * The checks, aimed at this test's stub and deployment.
     *
     * @return the checks
     */
    ProviderOutages outages();

    /**
     * The deployment's Fault Tolerance timeout of the provider call.
     *
     * @return milliseconds
     */
    long timeoutMillis();

    @Test
    @Order(10)
    default void everyOutageClassUnderAllow_letsTheCallRun_degraded() {
        outages().underAllow_runDegraded();
    }

    @Test
    @Order(11)
    default void everyOutageClassUnderDeny_is503() {
        outages().underDeny_are503();
    }

    @Test
    @Order(12)
    default void everyOutageClassUnderFallback_asksForTheFallbackCaptcha_andPassesWithIt() {
        outages().underFallback_askForThePinAndPassWithIt();
    }

    @Test
    @Order(13)
    default void hangingProvider_isAnsweredWithinTheTimeoutPlusAMargin() {
        outages().hang_isAnsweredWithinTheTimeout(timeoutMillis());
    }

    @Test
    @Order(14)
    default void closedPort_isAnOutage() {
        outages().closedPort_isAnOutage();
    }
}
